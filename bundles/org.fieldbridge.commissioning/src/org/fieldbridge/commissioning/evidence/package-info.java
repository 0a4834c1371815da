/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Verification evidence: what a commissioning engineer observed for each mapping of a .twin file, the verdict,
 * who and when, kept beside the model in a diff-friendly text file together with the hash of the mapping it
 * applies to ({@link org.fieldbridge.commissioning.evidence.MappingFacts}); a changed mapping invalidates its
 * evidence. Writes to controllers and verifications are appended to an audit log
 * ({@link org.fieldbridge.commissioning.evidence.AuditLog}).
 */
package org.fieldbridge.commissioning.evidence;
