/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * File > Import > Fieldbridge > Fieldbridge tags: the workbench's face of {@code fieldbridge import}. The sources
 * are read in a Job ({@link org.fieldbridge.onboarding.ui.TagReadingJob}), the suggestions reviewed per tag
 * ({@link org.fieldbridge.onboarding.ui.ReviewPage}), and only then written by the same importer, in a Job
 * ({@link org.fieldbridge.onboarding.ui.TagImportJob}).
 */
package org.fieldbridge.onboarding.ui;
