/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.core.endpoint.HostPort;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.onboarding.browse.OpcUaBrowseReader;
import org.fieldbridge.onboarding.read.ModbusItems;
import org.fieldbridge.onboarding.read.TiaPlcTagReader;
import org.fieldbridge.onboarding.read.XlsxWorkbook;
import org.fieldbridge.onboarding.suggest.Identifiers;
import org.fieldbridge.onboarding.write.PlantAssembly;
import org.fieldbridge.onboarding.write.SignalReferences;
import org.fieldbridge.onboarding.write.TargetFiles;
import org.fieldbridge.onboarding.write.TwinText;

import com.google.inject.Injector;

/**
 * {@code fieldbridge import}: reads every source (tag exports recognised from their content, OPC UA servers
 * browsed), plans the signals with their suggestions, and writes {@code LINE.plant} and {@code LINE.twin} into
 * the folder, or adds to them: new controllers, equipment, signals and mappings only.
 */
public final class Importer {

    private static final String DEFAULT_MODBUS = "PLC1";
    private static final String DEFAULT_OPCUA = "OpcUa1";

    private final ModbusItems addresses;
    private final Clock clock;

    /**
     * @param injector the .twin language's injector (its address parser)
     * @param clock dates the import in the .twin's comment
     */
    public Importer(Injector injector, Clock clock) {
        this.addresses = new ModbusItems(injector);
        this.clock = clock;
    }

    /**
     * @param request what to import
     * @return what was done
     * @throws IOException when a source or target cannot be read or written
     * @throws IllegalArgumentException when a source is of no known format, or a setting is wrong, in plant words
     * @throws OpcUaLink.Failure when a server cannot be browsed
     */
    public ImportResult run(ImportRequest request) throws IOException, OpcUaLink.Failure {
        return write(preview(request), ReviewDecisions.none());
    }

    /**
     * Reads every source and plans the import against the target files, writing nothing: what the workbench's
     * review page shows. Browsing a server takes seconds: call it off the UI thread.
     *
     * @param request what to import
     * @return the plan with what it needs to be written
     * @throws IOException when a source or target cannot be read
     * @throws IllegalArgumentException when a source is of no known format, or a setting is wrong, in plant words
     * @throws OpcUaLink.Failure when a server cannot be browsed
     */
    public ImportPreview preview(ImportRequest request) throws IOException, OpcUaLink.Failure {
        long start = System.nanoTime();
        List<String> line = linePath(request);
        String base = line.get(3).toLowerCase(Locale.ROOT);
        Path plantFile = request.folder().resolve(base + ".plant");
        Path twinFile = request.folder().resolve(base + ".twin");
        TargetFiles target = new TargetFiles(plantFile, twinFile, addresses);
        List<ImportedTag> tags = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        Map<String, PlannedController> browsed = new HashMap<>();
        for (String source : request.sources()) {
            if (source.startsWith("opc.tcp://")) {
                PlannedController server = server(request, source);
                browsed.put(server.name(), server);
                tags.addAll(browse(request, server));
                formats.add(TagFormat.OPCUA.title());
            } else {
                Path file = Path.of(source);
                if (isWorkbook(file)) {
                    if (request.format() != null && request.format() != TagFormat.TIA) {
                        throw new IllegalArgumentException(file + " is a spreadsheet workbook (.xlsx): only TIA "
                                + "Portal's PLC tag export is read as a workbook, not " + request.format().title()
                                + "; save the sheet as CSV (Excel: File > Save As > CSV UTF-8) and import that");
                    }
                    tags.addAll(TiaPlcTagReader.readWorkbook(file));
                    formats.add(TagFormat.TIA.title());
                    continue;
                }
                String text = text(file);
                TagFormat format = request.format() != null ? request.format() : TagFormat.detect(text)
                        .orElseThrow(() -> new IllegalArgumentException(file + ": format not recognised (a Modbus "
                                + "register list, InTouch DBDump, TIA Portal PLC tags, Studio 5000 or Kepware CSV); "
                                + "give it with --format"));
                tags.addAll(format.reader().read(file.getFileName().toString(), text, addresses));
                formats.add(format.title());
            }
        }
        PlantAssembly assembly = new PlantAssembly(target.plant(), line);
        target.line(assembly.line());
        Map<String, PlannedController> controllers = new HashMap<>(browsed);
        ImportPlan plan = ImportPlan.of(tags, tag -> controllerOf(request, tag, controllers), target);
        return new ImportPreview(request, line, target, assembly, plan, tags.size(), formats, start);
    }

    /**
     * Writes a previewed import with the engineer's decisions: the .plant and .twin created, or added to.
     *
     * @param preview the result of {@link #preview}, written at most once
     * @param decisions tags rejected, suggestions edited
     * @return what was done
     * @throws IOException when a target cannot be written
     * @throws IllegalArgumentException when a decision is no valid signal, in plant words (nothing is written)
     */
    public ImportResult write(ImportPreview preview, ReviewDecisions decisions) throws IOException {
        ImportRequest request = preview.request();
        List<String> line = preview.line();
        String base = line.get(3).toLowerCase(Locale.ROOT);
        TargetFiles target = preview.target();
        ImportPlan plan = preview.plan().reviewed(decisions);
        java.util.Set<String> before = SignalReferences.pairs(target.plant());
        preview.assembly().add(plan);
        List<ReviewItem> review = new ArrayList<>(plan.review());
        for (PlannedSignal signal : plan.signals()) {
            String pair = signal.equipment() + "." + signal.signal();
            if (before.contains(pair)) {
                review.add(new ReviewItem(signal.tag().name(), signal.tag().origin(), pair + " also exists on "
                        + "another line of the plant: existing mappings that name it so are now ambiguous; qualify "
                        + "them (Line.Equipment.Signal)", true));
            }
        }
        String prefix = String.join(".", line) + ".";
        String statements = new TwinText(prefix).statements(plan, target.connections(),
                new SignalReferences(target.plant()));
        String header = header(request, base);
        target.write(header, target.created() ? statements : "\n// imported by fieldbridge import on "
                + LocalDate.now(clock) + " from " + String.join(", ", names(request)) + "\n" + statements);
        return new ImportResult(target.plantFile(), target.twinFile(), target.created(), preview.tags(),
                plan.signals().size(), plan.alreadyMapped(), review, preview.formats(),
                (System.nanoTime() - preview.started()) / 1_000_000);
    }

    private List<ImportedTag> browse(ImportRequest request, PlannedController server)
            throws OpcUaLink.Failure {
        if (request.access() == null) {
            throw new IllegalArgumentException("browsing " + server.endpointUrl() + " needs the OPC UA access settings");
        }
        Controller.OpcUa controller = new Controller.OpcUa(server.name(), server.endpointUrl(),
                policyConstant(server.policy()), modeConstant(server.mode()), server.user(), server.passwordRef());
        try (OpcUaLink link = new OpcUaLink(controller, request.access(), clock)) {
            OpcUaBrowseReader.Result result = OpcUaBrowseReader.read(link, server.name());
            if (result.truncated()) {
                throw new IllegalArgumentException(server.endpointUrl() + " has more nodes than one browse lists; "
                        + "import it in parts is not supported yet");
            }
            return result.tags();
        }
    }

    private static String policyConstant(String policy) {
        return policy.toUpperCase(Locale.ROOT).replace("_", "").replace("AES128SHA256RSAOAEP", "AES128_SHA256_RSAOAEP")
                .replace("AES256SHA256RSAPSS", "AES256_SHA256_RSAPSS");
    }

    private static String modeConstant(String mode) {
        return mode.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static PlannedController server(ImportRequest request, String url) {
        OpcUaUrl parsed = OpcUaUrl.parse(url);
        String name = request.connection() != null ? Identifiers.of(request.connection()) : DEFAULT_OPCUA;
        return new PlannedController(name, true, null, 0, 0, parsed.toString(), request.policy(), request.mode(),
                request.user(), request.user() == null ? null : request.passwordRef(), "");
    }

    /**
     * The controller of a tag: the source's name for it, else {@code --connection}, else PLC1 / OpcUa1; one name
     * speaks one protocol, so OPC UA tags of a name a Modbus controller already has get {@code _UA} appended.
     */
    private static PlannedController controllerOf(ImportRequest request, ImportedTag tag,
            Map<String, PlannedController> controllers) {
        boolean opcua = tag.source() instanceof TagSource.OpcUa;
        String name = !tag.connection().isEmpty() ? Identifiers.of(tag.connection())
                : request.connection() != null ? Identifiers.of(request.connection())
                        : opcua ? DEFAULT_OPCUA : DEFAULT_MODBUS;
        PlannedController known = controllers.get(name);
        if (known != null && known.opcua() != opcua) {
            name = name + (opcua ? "_UA" : "_MB");
        }
        String chosen = name;
        return controllers.computeIfAbsent(chosen, n -> controller(request, n, tag));
    }

    private static PlannedController controller(ImportRequest request, String name, ImportedTag tag) {
        boolean opcua = tag.source() instanceof TagSource.OpcUa;
        String endpoint = request.endpoint();
        if (opcua) {
            boolean given = endpoint != null && endpoint.startsWith("opc.tcp://");
            String url = given ? OpcUaUrl.parse(endpoint).toString() : "opc.tcp://127.0.0.1:4840";
            return new PlannedController(name, true, null, 0, 0, url, request.policy(), request.mode(), request.user(),
                    request.user() == null ? null : request.passwordRef(), given ? "" : "the export does not say where "
                            + name + " is: " + url + " written; set its endpoint URL in the .plant or give --endpoint");
        }
        boolean given = endpoint != null && !endpoint.startsWith("opc.tcp://");
        HostPort address = given ? HostPort.parse(endpoint, 502) : new HostPort("127.0.0.1", 502);
        return new PlannedController(name, false, address.host(), address.port(), request.unitId(), null, null, null,
                null, null, given ? "" : "the export does not say where " + name + " is: 127.0.0.1:502 unit "
                        + request.unitId() + " written; set host, port and unit id in the .plant or give --endpoint");
    }

    private static List<String> linePath(ImportRequest request) {
        String plant = request.plant();
        if (plant == null || plant.isBlank()) {
            String first = request.sources().isEmpty() ? "Line" : request.sources().get(0);
            String stem = first.startsWith("opc.tcp://") ? "Line" : Path.of(first).getFileName().toString()
                    .replaceFirst("\\.[^.]*$", "");
            plant = Identifiers.of(stem.isEmpty() ? "Line" : Character.toUpperCase(stem.charAt(0)) + stem.substring(1));
        }
        String[] segments = plant.split("\\.");
        if (segments.length != 1 && segments.length != 4) {
            throw new IllegalArgumentException("--plant takes a line, LINE or ENTERPRISE.SITE.AREA.LINE, not '" + plant
                    + "'");
        }
        List<String> path = segments.length == 4 ? List.of(segments) : List.of("Plant", "Site", "Area", segments[0]);
        for (String segment : path) {
            if (!segment.equals(Identifiers.of(segment))) {
                throw new IllegalArgumentException("--plant: '" + segment + "' is not a name (letters, digits and _, "
                        + "not starting with a digit)");
            }
        }
        return path;
    }

    private String header(ImportRequest request, String base) {
        return "// " + base + ".twin: imported by fieldbridge import on " + LocalDate.now(clock) + " from "
                + String.join(", ", names(request)) + ".\n"
                + "// Above each mapping: the suggested names, quantity and unit with their confidence and reason.\n"
                + "// Lines starting with \"review:\" need a decision; tags that could not be mapped are listed last.\n"
                + "import \"" + base + ".plant\"\n";
    }

    private static List<String> names(ImportRequest request) {
        return request.sources().stream().map(s -> s.startsWith("opc.tcp://") ? s : Path.of(s).getFileName().toString())
                .toList();
    }

    /** An .xlsx workbook is a zip archive: its first bytes say so, whatever the file is called. */
    private static boolean isWorkbook(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return XlsxWorkbook.isZip(in.readNBytes(4));
        }
    }

    /** Exports come in UTF-8 or, from older Windows tools (InTouch, RSLogix), in Windows-1252. */
    static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
