/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.fieldbridge.model.plant.PlantPackage;
import org.xml.sax.SAXParseException;

/**
 * Turns what the XML parser and EMF report about a broken plant file into {@link LoadProblem}s in plant
 * engineers' words: the parsers' messages name Java classes ({@code DiagnosticWrappedException:
 * SAXParseException ...}, {@code MalformedByteSequenceException}), which nobody on a shop floor can act on.
 */
final class LoadProblemWording {

    /** EMF appends "(uri, line, column)", which a LoadProblem already carries. */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, -?\\d+, -?\\d+\\)$");
    /** A Java class name at the start of a message ("org.xml.sax.SAXParseException: ", "java.io.IOException; "). */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(\\s*([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*[:;]\\s*)+");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private final Path file;
    private final String location;

    LoadProblemWording(Path file, String location) {
        this.file = file;
        this.location = location;
    }

    /** One problem EMF recorded on the resource (errors are exceptions carrying their position). */
    LoadProblem of(Resource.Diagnostic error) {
        Throwable thrown = error instanceof Throwable t ? t : null;
        if (thrown != null && (find(thrown, SAXParseException.class) != null
                || find(thrown, CharConversionException.class) != null)) {
            return of(thrown);
        }
        if (error instanceof XMIException xmi) {
            return content(xmi.getLine(), xmi.getColumn(), xmi);
        }
        return new LoadProblem(location, error.getLine(), error.getColumn(), LoadProblem.CONTENT,
                words(String.valueOf(error.getMessage())));
    }

    /** The failure of a load that recorded no problem of its own. */
    LoadProblem of(Throwable failure) {
        SAXParseException sax = find(failure, SAXParseException.class);
        if (sax != null && DoctypeRefusal.refused(sax)) {
            // Never echo the declaration: it may name local files or hosts. Say what to do instead.
            return new LoadProblem(location, sax.getLineNumber(), sax.getColumnNumber(), LoadProblem.DOCTYPE,
                    "plant files may not declare a DOCTYPE (external entities, external DTDs and entity"
                            + " definitions are refused for safety); delete the <!DOCTYPE ...> declaration and write"
                            + " out any &name; references it defines as plain text");
        }
        if (sax != null) {
            return new LoadProblem(location, sax.getLineNumber(), sax.getColumnNumber(), LoadProblem.SYNTAX,
                    "not a well-formed XML file: " + words(sax.getMessage())
                            + " (a plant file is XML: was it cut short or edited by hand?)");
        }
        if (find(failure, CharConversionException.class) != null) {
            return encoding();
        }
        XMIException xmi = find(failure, XMIException.class);
        if (xmi != null) {
            return content(xmi.getLine(), xmi.getColumn(), xmi);
        }
        if (find(failure, NoSuchFileException.class) != null) {
            return new LoadProblem(location, 0, 0, LoadProblem.FILE, "file not found");
        }
        if (find(failure, AccessDeniedException.class) != null) {
            return new LoadProblem(location, 0, 0, LoadProblem.FILE, "the file cannot be read (permission denied)");
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new LoadProblem(location, 0, 0, root instanceof IOException ? LoadProblem.FILE : LoadProblem.SYNTAX,
                "cannot read the plant file: " + words(String.valueOf(root.getMessage())));
    }

    private LoadProblem content(int line, int column, XMIException xmi) {
        String message;
        if (xmi instanceof FeatureNotFoundException feature) {
            message = "'" + feature.getName() + "' is no element or attribute a plant file has here;"
                    + " check its spelling and the element it is in";
        } else if (xmi instanceof IllegalValueException value) {
            message = "'" + value.getValue() + "' is not a valid " + feature(value.getFeature()) + allowed(value.getFeature());
        } else if (xmi instanceof UnresolvedReferenceException reference) {
            message = "'" + reference.getReference() + "' names nothing in this plant"
                    + (reference.getFeature() == null ? "" : " (" + reference.getFeature().getName() + ")")
                    + "; check the name against the element it should refer to";
        } else if (xmi instanceof PackageNotFoundException namespace) {
            message = (namespace.uri() == null || "null".equals(namespace.uri()) ? "the element has no XML namespace"
                    : "unknown XML namespace '" + namespace.uri() + "'") + "; a plant file declares xmlns:plant=\""
                    + PlantPackage.eNS_URI + "\"";
        } else if (xmi instanceof ClassNotFoundException type) {
            message = "'" + type.getName() + "' is no kind of plant element (the root element is plant:Plant)";
        } else {
            message = words(String.valueOf(xmi.getMessage()));
        }
        return new LoadProblem(location, line, column, LoadProblem.CONTENT, message);
    }

    private static String feature(EStructuralFeature feature) {
        return feature == null ? "value" : feature.getName();
    }

    private static String allowed(EStructuralFeature feature) {
        if (feature != null && feature.getEType() instanceof EEnum literals) {
            return " (one of: " + literals.getELiterals().stream().map(l -> l.getLiteral())
                    .collect(Collectors.joining(", ")) + ")";
        }
        return "";
    }

    /**
     * A byte sequence the declared encoding cannot read. The parser says only "Invalid byte 2 of 2-byte UTF-8
     * sequence", without a reliable position; decode the file the same way to find the first bad byte.
     */
    private LoadProblem encoding() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            bytes = new byte[0];
        }
        String declared = declaredEncoding(bytes);
        String fix = "; save the file as UTF-8, or name its encoding in the first line, e.g."
                + " <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>";
        if (declared != null && !declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) {
            return new LoadProblem(location, 1, 1, LoadProblem.SYNTAX,
                    "the file is not " + declared + " text as its first line says" + fix);
        }
        int line = 1;
        int column = 1;
        int at = 0;
        while (at < bytes.length) {
            int length = utf8Length(bytes, at);
            if (length == 0) {
                return new LoadProblem(location, line, column, LoadProblem.SYNTAX, String.format(
                        "the file is not UTF-8 text: byte 0x%02X cannot be read%s", bytes[at] & 0xFF, fix));
            }
            if (bytes[at] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            at += length;
        }
        return new LoadProblem(location, 1, 1, LoadProblem.SYNTAX, "the file is not UTF-8 text" + fix);
    }

    /** @return the length of the well-formed UTF-8 sequence at {@code at}, or 0 if it is malformed */
    static int utf8Length(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || at + length > bytes.length) {
            return 0;
        }
        String decoded = new String(bytes, at, length, StandardCharsets.UTF_8);
        return decoded.codePointCount(0, decoded.length()) == 1 && decoded.codePointAt(0) != 0xFFFD ? length : 0;
    }

    private static String declaredEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("?>");
        if (!head.startsWith("<?xml") || end < 0) {
            return null;
        }
        var matcher = ENCODING.matcher(head.substring(0, end));
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A parser message without the class names and the position suffix EMF adds. */
    static String words(String message) {
        String text = LOCATION_SUFFIX.matcher(message).replaceFirst("");
        return CLASS_PREFIX.matcher(text).replaceFirst("").trim();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
