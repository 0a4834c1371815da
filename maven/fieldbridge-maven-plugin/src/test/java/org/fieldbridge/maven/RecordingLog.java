/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.logging.Log;

/** Maven's build log as a list of (level, line), so that tests can see what a build would print where. */
final class RecordingLog implements Log {

    private record Line(String level, String text) {
    }

    private final List<Line> lines = new ArrayList<>();

    /** @return the lines printed at a level ({@code debug}, {@code info}, {@code warn}, {@code error}) */
    List<String> lines(String level) {
        return lines.stream().filter(line -> line.level().equals(level)).map(Line::text).toList();
    }

    private void record(String level, CharSequence content, Throwable error) {
        lines.add(new Line(level, content != null ? content.toString() : String.valueOf(error)));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        record("debug", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        record("debug", content, error);
    }

    @Override
    public void debug(Throwable error) {
        record("debug", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        record("info", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        record("info", content, error);
    }

    @Override
    public void info(Throwable error) {
        record("info", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        record("warn", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        record("warn", content, error);
    }

    @Override
    public void warn(Throwable error) {
        record("warn", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        record("error", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        record("error", content, error);
    }

    @Override
    public void error(Throwable error) {
        record("error", null, error);
    }
}
