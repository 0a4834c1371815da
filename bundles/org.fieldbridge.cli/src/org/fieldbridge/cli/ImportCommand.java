/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.dsl.check.TwinCheck;
import org.fieldbridge.model.plant.resource.PlantLoadException;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.ImportResult;
import org.fieldbridge.onboarding.Importer;
import org.fieldbridge.onboarding.ReviewItem;
import org.fieldbridge.onboarding.TagFormat;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbridge import SOURCE... -o FOLDER}: tag exports and OPC UA servers to a .plant and .twin to review. */
@Command(name = "import", usageHelpAutoWidth = true,
        header = "Imports tag exports or an OPC UA server into a .plant and .twin with suggestions to review",
        description = { "Reads each SOURCE — a Modbus register list, an InTouch DBDump, a TIA Portal PLC tag table "
                + "(its PLCTags.xlsx export, or the sheet saved as CSV), a Studio 5000 tag export or a Kepware tag export, recognised from its "
                + "content, or an OPC UA server given by its endpoint URL (browsed with --security-policy, "
                + "--security-mode, --user and --password-ref) — and writes LINE.plant and LINE.twin into FOLDER, or "
                + "adds to them: new controllers, equipment, signals and mappings only.",
            "Every mapping keeps the tag's name as its HMI label and carries the suggested equipment, signal name, "
                    + "quantity and unit with confidence and reason as a comment above it; tags that cannot be mapped "
                    + "are listed in the .twin and on standard error. The files are checked afterwards, as "
                    + "fieldbridge check does (docs/onboarding.md)." },
        footer = "Exit codes: 0 imported (the check found no error), 1 imported but the check found errors, or a server "
                + "could not be browsed, 2 usage or I/O problem, or a source of no known format.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private OpcUaOptions opcua = new OpcUaOptions();

    @Parameters(paramLabel = "SOURCE", arity = "1..*",
            description = "tag export files (CSV; TIA Portal's .xlsx), or OPC UA endpoint URLs (opc.tcp://host:port/path) to browse")
    private List<String> sources;

    @Option(names = { "-o", "--output" }, paramLabel = "FOLDER", required = true,
            description = "where LINE.plant and LINE.twin are written or added to")
    private Path output;

    @Option(names = "--format", paramLabel = "F",
            description = "read every file as this format: modbus, intouch, tia, studio5000, kepware (default: "
                    + "recognised from the content)")
    private String format;

    @Option(names = "--plant", paramLabel = "NAME",
            description = "the line the tags belong to: LINE or ENTERPRISE.SITE.AREA.LINE (default: from the first "
                    + "file's name); the files are named after LINE in lower case")
    private String plant;

    @Option(names = "--connection", paramLabel = "NAME",
            description = "the controller's and connection's name where the source does not name it (default PLC1, "
                    + "OpcUa1 for OPC UA)")
    private String connection;

    @Option(names = "--endpoint", paramLabel = "ADDRESS",
            description = "where the controller of the files' tags is: HOST:PORT for Modbus, an opc.tcp:// URL for "
                    + "tags read over OPC UA (default 127.0.0.1, listed for review)")
    private String endpoint;

    @Option(names = "--unit-id", paramLabel = "ID", description = "Modbus unit id of the files' controller (default 1)")
    private int unitId = 1;

    @Option(names = "--security-policy", paramLabel = "POLICY",
            description = "OPC UA security policy: None, Basic256Sha256, Aes128_Sha256_RsaOaep, Aes256_Sha256_RsaPss "
                    + "(default None)")
    private String policy = "None";

    @Option(names = "--security-mode", paramLabel = "MODE",
            description = "OPC UA message security mode: none, sign, sign-and-encrypt (default none)")
    private String mode = "none";

    @Option(names = "--user", paramLabel = "NAME", description = "OPC UA user name (default anonymous)")
    private String user;

    @Option(names = "--password-ref", paramLabel = "REF",
            description = "where the OPC UA user's password is: env:NAME or file:PATH, never the password itself "
                    + "(default env:FB_<CONNECTION>_PASSWORD)")
    private String passwordRef;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    ImportCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        ImportRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge import: " + e.getMessage() + " (try fieldbridge import --help)");
            return 2;
        }
        Injector injector = new TwinStandaloneSetup().createInjectorAndDoEMFRegistration();
        ImportResult result;
        try {
            result = new Importer(injector, Clock.systemDefaultZone()).run(request);
        } catch (PlantLoadException e) {
            e.problems().forEach(p -> err.println("fieldbridge import: " + p));
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("fieldbridge import: " + e.getMessage());
            return 2;
        } catch (OpcUaLink.Failure e) {
            err.println("fieldbridge import: " + e.getMessage());
            return 1;
        }
        out.println(result.plantFile());
        out.println(result.twinFile());
        for (ReviewItem item : result.review()) {
            err.println("review: " + item.line());
        }
        err.println(result.summary());
        try {
            CheckReport report = injector.getInstance(TwinCheck.class).checkAll(TwinCheck.checkedFiles(List.of(output)));
            report.findings().forEach(f -> err.println(f.format()));
            err.println("check: " + report.summary() + (report.errors() > 0 ? "; fix them or the items to review"
                    : "; review the comments in " + result.twinFile().getFileName() + ", then fieldbridge check "
                            + output));
            return report.errors() > 0 ? 1 : 0;
        } catch (IOException e) {
            err.println("fieldbridge import: " + e.getMessage());
            return 2;
        }
    }

    private ImportRequest request() {
        TagFormat forced = null;
        if (format != null) {
            forced = TagFormat.byId(format).filter(f -> f != TagFormat.OPCUA).orElseThrow(() ->
                    new IllegalArgumentException("--format takes modbus, intouch, tia, studio5000 or kepware, not '"
                            + format + "'"));
        }
        String policyName = switch (policy.toLowerCase(Locale.ROOT).replace("_", "")) {
            case "none" -> "None";
            case "basic256sha256" -> "Basic256Sha256";
            case "aes128sha256rsaoaep" -> "Aes128_Sha256_RsaOaep";
            case "aes256sha256rsapss" -> "Aes256_Sha256_RsaPss";
            default -> throw new IllegalArgumentException("--security-policy takes None, Basic256Sha256, "
                    + "Aes128_Sha256_RsaOaep or Aes256_Sha256_RsaPss, not '" + policy + "'");
        };
        String modeName = mode.toLowerCase(Locale.ROOT).replace('_', '-');
        if (!List.of("none", "sign", "sign-and-encrypt").contains(modeName)) {
            throw new IllegalArgumentException("--security-mode takes none, sign or sign-and-encrypt, not '" + mode + "'");
        }
        if (user != null && passwordRef == null) {
            // a placeholder reference: the password is never asked for nor written, only where it will be
            passwordRef = "env:FB_" + (connection != null ? connection : "OpcUa1").toUpperCase(Locale.ROOT)
                    .replaceAll("[^A-Z0-9_]", "_") + "_PASSWORD";
            err.println("fieldbridge import: the password of " + user + " is taken from " + passwordRef
                    + " (--password-ref gives another place)");
        }
        if (passwordRef != null) {
            try {
                SecretReference.parseFor(passwordRef, SecretConsumer.GENERATED_RUNTIME);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--password-ref " + e.getMessage(), e);
            }
        }
        boolean browses = sources.stream().anyMatch(s -> s.startsWith("opc.tcp://"));
        OpcUaAccess access = browses ? opcua.access(environment) : null;
        ImportRequest request = ImportRequest.of(sources, output).withPlant(plant).withEndpoint(endpoint)
                .withConnection(connection).withOpcUa(policyName, modeName, user, passwordRef, access);
        request = new ImportRequest(request.sources(), request.folder(), forced, request.plant(), request.connection(),
                request.endpoint(), unitId, request.policy(), request.mode(), request.user(), request.passwordRef(),
                request.access());
        return request;
    }
}
