/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.fieldbridge.dsl.TwinRuntimeModule;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.twin.TwinModel;

import com.google.inject.Binder;
import com.google.inject.Guice;
import com.google.inject.Injector;
import org.fieldbridge.tests.support.RepositoryRoot;

/**
 * Parses and checks .twin text the way every client does (standalone setup, one XtextResourceSet per
 * file), with the calibration clock fixed at {@link #TODAY}. The text gets a URI in examples/riverside so
 * that {@code import "riverside.plant"} resolves to the example plant.
 */
final class TwinTester {

    /** The day the calibration check compares with: TT_Tank2 is overdue, the other instruments are valid. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    /** A header importing the example plant and declaring one connection of each protocol (lines 1-4). */
    static final String HEADER = """
            package acme.riverside.test
            import "riverside.plant"
            connection PLC4 modbus tcp { poll 100 ms }
            connection Oven2 opcua { security Basic256Sha256 sign-and-encrypt, sampling 100 ms }
            """;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Injector injector;

    private TwinTester() {
    }

    /** A clock that stands still at a day, {@link #TODAY} unless a test moves it (and moves it back). */
    static final class DayClock extends Clock {
        private volatile Instant now;

        DayClock(LocalDate day) {
            moveTo(day);
        }

        void moveTo(LocalDate day) {
            now = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The clock of {@link #injector()}'s language services. */
    static final DayClock CLOCK = new DayClock(TODAY);

    /** The fixed-clock runtime module. */
    static final class TestModule extends TwinRuntimeModule {
        @Override
        public void configureClock(Binder binder) {
            binder.bind(Clock.class).toInstance(CLOCK);
        }
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new TwinStandaloneSetup() {
                @Override
                public Injector createInjector() {
                    return Guice.createInjector(new TestModule());
                }
            }.createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    static Path repositoryRoot() {
        return RepositoryRoot.find();
    }

    /** The result of parsing and checking one text. */
    record Checked(XtextResource resource, List<Issue> issues, String text) {

        TwinModel model() {
            return (TwinModel) resource.getContents().get(0);
        }

        List<Issue> withCode(String code) {
            return issues.stream().filter(i -> code.equals(i.getCode())).toList();
        }

        List<Issue> syntaxErrors() {
            return issues.stream().filter(i -> i.isSyntaxError()).toList();
        }

        /** 1-based line of the first occurrence of a snippet in the text. */
        int lineOf(String snippet) {
            int at = text.indexOf(snippet);
            if (at < 0) {
                throw new IllegalArgumentException("not in the text: " + snippet);
            }
            return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }

        String describe() {
            return issues.isEmpty() ? "no issues" : issues.stream()
                    .map(i -> "\n  " + i.getSeverity() + " " + i.getCode() + " line " + i.getLineNumber() + ": "
                            + i.getMessage())
                    .collect(Collectors.joining());
        }
    }

    /** Parses and checks a text placed in examples/riverside. */
    static Checked check(String text) {
        Path file = repositoryRoot().resolve("examples/riverside/test-" + COUNTER.incrementAndGet() + ".twin");
        return check(text, URI.createFileURI(file.toString()));
    }

    /** Parses and checks the body after {@link #HEADER}. */
    static Checked checkBody(String body) {
        return check(HEADER + body);
    }

    /** Loads and checks a file. */
    static Checked checkFile(Path file) {
        try {
            return check(Files.readString(file), URI.createFileURI(file.toAbsolutePath().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Checked check(String text, URI uri) {
        XtextResource resource = load(injector(), text, uri);
        return new Checked(resource, validate(resource), text);
    }

    /** A new .twin resource in examples/riverside with the given text, parsed and linked, not validated. */
    static XtextResource load(Injector languageInjector, String text) {
        Path file = repositoryRoot().resolve("examples/riverside/test-" + COUNTER.incrementAndGet() + ".twin");
        return load(languageInjector, text, URI.createFileURI(file.toString()));
    }

    private static XtextResource load(Injector languageInjector, String text, URI uri) {
        XtextResourceSet resourceSet = languageInjector.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("twin", languageInjector.getInstance(IResourceFactory.class));
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** Validates a resource as every client does (all checks). */
    static List<Issue> validate(XtextResource resource) {
        return resource.getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }
}
