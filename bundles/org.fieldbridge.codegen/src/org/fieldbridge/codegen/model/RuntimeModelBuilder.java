package org.fieldbridge.codegen.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Durations;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.AlarmOption;
import org.fieldbridge.dsl.twin.AlignTarget;
import org.fieldbridge.dsl.twin.Alignment;
import org.fieldbridge.dsl.twin.Behaviour;
import org.fieldbridge.dsl.twin.BitType;
import org.fieldbridge.dsl.twin.ClearOption;
import org.fieldbridge.dsl.twin.Comparison;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.DeadbandOption;
import org.fieldbridge.dsl.twin.DwellOption;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.Energy;
import org.fieldbridge.dsl.twin.EquipmentPattern;
import org.fieldbridge.dsl.twin.IdentitySetting;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.Measure;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.NodeId;
import org.fieldbridge.dsl.twin.OffsetOption;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.Overshoot;
import org.fieldbridge.dsl.twin.PublishingSetting;
import org.fieldbridge.dsl.twin.RetriesSetting;
import org.fieldbridge.dsl.twin.ScalarType;
import org.fieldbridge.dsl.twin.ScaleOption;
import org.fieldbridge.dsl.twin.SecretReference;
import org.fieldbridge.dsl.twin.SecuritySetting;
import org.fieldbridge.dsl.twin.SeverityOption;
import org.fieldbridge.dsl.twin.SignalTarget;
import org.fieldbridge.dsl.twin.StringType;
import org.fieldbridge.dsl.twin.TimeoutSetting;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.UnitOption;
import org.fieldbridge.dsl.twin.UserIdentity;
import org.fieldbridge.dsl.twin.ValidOption;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.AccessScope;
import org.fieldbridge.model.plant.Area;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.Endpoint;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Permission;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.WorkCell;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * Extracts the {@link RuntimeModel} from .twin models that passed the checker (their plants loaded and
 * linked). What the checker cannot know but the runtime needs (browse names the OPC UA server accepts,
 * behaviours on mapped signals, units that convert, security policies the runtime speaks) is reported
 * here as error findings with the position of the statement at fault; then there is no model.
 */
public final class RuntimeModelBuilder {

    /** Codes of the generator's own findings. */
    public static final String CODE_BROWSE_NAME = "codegen.name.browseName";
    public static final String CODE_NAME_COLLISION = "codegen.name.collision";
    public static final String CODE_UNMAPPED = "codegen.signal.unmapped";
    public static final String CODE_UNIT = "codegen.unit.conversion";
    public static final String CODE_SECURITY = "codegen.opcua.security";
    public static final String CODE_CONNECTION = "codegen.connection.duplicate";
    public static final String CODE_NO_MAPPING = "codegen.mapping.none";
    public static final String CODE_ADDRESS = "codegen.modbus.address";

    private static final Pattern BROWSE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]+\\]|[^:]+):(\\d+)");
    private static final int DEFAULT_SEVERITY = 500;
    private static final long DEFAULT_PUBLISHING_MS = 1000;
    private static final long DEFAULT_RESPONSE_TIMEOUT_MS = 1000;
    private static final long DEFAULT_CONNECT_TIMEOUT_MS = 3000;

    /**
     * One loaded .twin file.
     *
     * @param name the file as given (findings carry it)
     * @param fileName the file's name alone (comments carry it)
     * @param model its root
     */
    public record TwinFile(String name, String fileName, TwinModel model) {
    }

    /**
     * The outcome.
     *
     * @param model the model, null when an error was found
     * @param findings the errors found
     */
    public record Result(RuntimeModel model, List<Finding> findings) {
    }

    private final List<TwinFile> twins;
    private final String modelVersion;
    private final List<String> inputNames;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<EObject, TwinFile> fileOfModel = new HashMap<>();

    // mapped signals by plant signal, in mapping order until sorted into plant order
    private final Map<Signal, Draft> drafts = new LinkedHashMap<>();
    private final Map<Signal, MappedSignal> mapped = new LinkedHashMap<>();
    private final Map<Connection, List<Signal>> signalsOfConnection = new LinkedHashMap<>();
    // plant elements with something in the address space, and what hangs below each
    private final Set<EObject> included = new HashSet<>();
    private final Map<EObject, List<SignalNode>> alignedOutputs = new HashMap<>();
    private final Map<EObject, List<BehaviourNode>> behaviourNodes = new HashMap<>();
    private final Map<EObject, Set<String>> takenNames = new HashMap<>();

    private RuntimeModelBuilder(List<TwinFile> twins, String modelVersion, List<String> inputNames) {
        this.twins = twins;
        this.modelVersion = modelVersion;
        this.inputNames = inputNames;
        for (TwinFile twin : twins) {
            fileOfModel.put(twin.model(), twin);
        }
    }

    /**
     * @param twins the .twin files of the runtime, the first one names it
     * @param modelVersion the content hash of the inputs
     * @param inputNames the input file names, sorted
     * @return the model, or the errors that prevent it
     */
    public static Result build(List<TwinFile> twins, String modelVersion, List<String> inputNames) {
        RuntimeModelBuilder builder = new RuntimeModelBuilder(twins, modelVersion, inputNames);
        RuntimeModel model = builder.build();
        return new Result(builder.findings.isEmpty() ? model : null, List.copyOf(builder.findings));
    }

    private RuntimeModel build() {
        String runtimeName = runtimeName();
        String javaPackage = javaPackage(runtimeName);
        List<Connection> connections = connections();
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Mapping mapping) {
                    draft(mapping);
                }
            }
        }
        if (drafts.isEmpty()) {
            TwinFile first = twins.get(0);
            findings.add(new Finding(first.name(), 1, 1, "error", CODE_NO_MAPPING,
                    "There is no mapping: a runtime needs at least one 'map' statement."));
            return null;
        }
        List<Plant> plants = plants();
        assignConstants();
        List<AlignmentPlan> alignments = new ArrayList<>();
        List<BehaviourPlan> behaviours = new ArrayList<>();
        // behaviours first: their names are the user's, aligned outputs then take what is free
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Behaviour behaviour) {
                    BehaviourPlan plan = behaviour(behaviour);
                    if (plan != null) {
                        behaviours.add(plan);
                    }
                }
            }
        }
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Alignment alignment) {
                    AlignmentPlan plan = alignment(alignment);
                    if (plan != null) {
                        alignments.add(plan);
                    }
                }
            }
        }
        if (!findings.isEmpty()) {
            return null;
        }
        List<ElementNode> roots = new ArrayList<>();
        List<MappedSignal> inPlantOrder = new ArrayList<>();
        for (Plant plant : plants) {
            for (Enterprise enterprise : plant.getEnterprises()) {
                if (included.contains(enterprise)) {
                    roots.add(element(enterprise, inPlantOrder));
                }
            }
        }
        List<ModbusDevice> modbus = new ArrayList<>();
        List<OpcUaDevice> opcua = new ArrayList<>();
        for (Connection connection : connections) {
            List<MappedSignal> signals = signalsOfConnection.getOrDefault(connection, List.of()).stream()
                    .map(mapped::get).toList();
            if (connection instanceof ModbusConnection m) {
                modbus.add(modbusDevice(m, signals, plants));
            } else if (connection instanceof OpcUaConnection o) {
                OpcUaDevice device = opcUaDevice(o, signals);
                if (device != null) {
                    opcua.add(device);
                }
            }
        }
        if (!findings.isEmpty()) {
            return null;
        }
        return new RuntimeModel(runtimeName, JavaNames.upperCamel(runtimeName), javaPackage, modelVersion,
                inputNames, roots, inPlantOrder, modbus, opcua, alignments, behaviours, roles(plants));
    }

    // ------------------------------------------------------------------ names

    private String runtimeName() {
        TwinFile first = twins.get(0);
        String pkg = first.model().getName();
        if (pkg != null && !pkg.isBlank()) {
            String[] segments = pkg.replace("^", "").split("\\.");
            return segments[segments.length - 1];
        }
        String file = first.fileName();
        int dot = file.lastIndexOf('.');
        return JavaNames.packageSegment(dot > 0 ? file.substring(0, dot) : file);
    }

    private String javaPackage(String runtimeName) {
        String pkg = twins.get(0).model().getName();
        List<String> segments = new ArrayList<>();
        if (pkg != null && !pkg.isBlank()) {
            for (String segment : pkg.replace("^", "").split("\\.")) {
                segments.add(JavaNames.packageSegment(segment));
            }
        } else {
            segments.add(JavaNames.packageSegment(runtimeName));
        }
        segments.add("runtime");
        return String.join(".", segments);
    }

    private List<Connection> connections() {
        List<Connection> connections = new ArrayList<>();
        Map<String, Connection> byName = new HashMap<>();
        for (TwinFile twin : twins) {
            for (Element element : twin.model().getElements()) {
                if (element instanceof Connection connection) {
                    Connection first = byName.putIfAbsent(connection.getName(), connection);
                    if (first != null && first.eResource() != connection.eResource()) {
                        error(connection, CODE_CONNECTION, "The connection " + connection.getName()
                                + " is also declared in " + file(first).fileName() + " (line " + line(first)
                                + "); one runtime configures each connection by its name, so names must be unique"
                                + " across its .twin files.");
                    } else if (first == null) {
                        connections.add(connection);
                    }
                }
            }
        }
        return connections;
    }

    private boolean checkBrowseNames(Signal signal, EObject at) {
        for (EObject e = signal; e instanceof NamedElement named; e = e.eContainer()) {
            if (!BROWSE_NAME.matcher(named.getName()).matches()) {
                error(at, CODE_BROWSE_NAME, "The plant name '" + named.getName() + "' (in " + QualifiedNames.of(signal)
                        + ") cannot be an OPC UA browse name of the runtime: it must start with a letter and have at"
                        + " most 64 letters, digits, '_' or '-'. Rename it in the plant model.");
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ mappings

    /** What is known about a mapped signal before its constant name is allocated. */
    private record Draft(Signal signal, Mapping mapping, SignalNode node, SignalSource source,
            ConditioningValues conditioning, long periodMillis, List<Calibration> calibrations, String instrument,
            Origin origin) {
    }

    private void draft(Mapping mapping) {
        Signal signal = mapping.getSignal();
        Connection connection = mapping.getConnection();
        if (signal == null || signal.eIsProxy() || connection == null || connection.eIsProxy()
                || drafts.containsKey(signal) || !checkBrowseNames(signal, mapping)) {
            return; // unresolved and duplicate mappings are the checker's errors
        }
        ValueType type = valueType(signal);
        Unit unit = type.isNumeric() ? unit(signal) : null;
        ConditioningValues conditioning = type.isNumeric() ? conditioning(mapping, signal) : ConditioningValues.IDENTITY;
        if (conditioning == null) {
            return;
        }
        Range range = null;
        if (type.isNumeric()) {
            range = plantRange(signal);
            if (range.equals(Range.UNBOUNDED)) {
                range = new Range(conditioning.validMin(), conditioning.validMax());
            }
        }
        SignalSource source = source(mapping, connection);
        if (source == null) {
            return;
        }
        SignalNode node = new SignalNode(QualifiedNames.of(signal), signal.getName(), displayName(signal),
                signalDescription(signal, mapping, source), type, unit, range, roles(signal));
        List<Calibration> calibrations = new ArrayList<>();
        String instrument = null;
        Instrument inst = signal.getInstrument();
        if (inst != null && !inst.eIsProxy()) {
            instrument = inst.getName() + (inst.getTag() == null || inst.getTag().isBlank() ? "" : " (" + inst.getTag() + ")");
            for (CalibrationRecord record : inst.getCalibrations()) {
                if (record.getCertificateId() != null && record.getDueDate() != null) {
                    calibrations.add(new Calibration(record.getCertificateId(), record.getDueDate(),
                            record.getLaboratory() == null ? "" : record.getLaboratory()));
                }
            }
        }
        drafts.put(signal, new Draft(signal, mapping, node, source, conditioning,
                ConnectionSettings.periodMillis(connection), calibrations, instrument, origin(mapping)));
        signalsOfConnection.computeIfAbsent(connection, c -> new ArrayList<>()).add(signal);
        include(signal.eContainer());
    }

    private static ValueType valueType(Signal signal) {
        if (signal.getDataType() == null) {
            return ValueType.DOUBLE;
        }
        return switch (signal.getDataType()) {
            case BOOLEAN -> ValueType.BOOLEAN;
            case INTEGER -> ValueType.INT64;
            case STRING -> ValueType.STRING;
            default -> ValueType.DOUBLE;
        };
    }

    private static Unit unit(Signal signal) {
        org.fieldbridge.model.plant.EngineeringUnit unit = signal.getUnit();
        if (unit == null || unit.eIsProxy() || unit.getCommonCode() == null) {
            return null;
        }
        String code = unit.getCommonCode();
        String symbol = unit.getDisplayName() == null || unit.getDisplayName().isBlank() ? UnitSymbols.symbol(code)
                : unit.getDisplayName();
        return new Unit(code, symbol, unit.getDescription() == null ? "" : unit.getDescription());
    }

    private static String unitCode(Signal signal) {
        return signal.getUnit() == null || signal.getUnit().eIsProxy() ? null : signal.getUnit().getCommonCode();
    }

    private static Range plantRange(Signal signal) {
        ValueRange range = signal.getValidRange();
        if (range == null) {
            return Range.UNBOUNDED;
        }
        return new Range(range.isSetMinimum() ? range.getMinimum() : Double.NEGATIVE_INFINITY,
                range.isSetMaximum() ? range.getMaximum() : Double.POSITIVE_INFINITY);
    }

    private ConditioningValues conditioning(Mapping mapping, Signal signal) {
        UnitOption unitOption = ConnectionSettings.option(mapping.getOptions(), UnitOption.class);
        String from = unitOption == null ? null : UnitSymbols.commonCode(unitOption.getUnit());
        UnitConversions.Conversion conversion = UnitConversions.between(from, unitCode(signal));
        if (conversion == null) {
            error(unitOption, CODE_UNIT, "The runtime cannot convert " + unitOption.getUnit() + " into the unit of "
                    + QualifiedNames.of(signal) + " (" + unitCode(signal) + ").");
            return null;
        }
        ScaleOption scaleOption = ConnectionSettings.option(mapping.getOptions(), ScaleOption.class);
        OffsetOption offsetOption = ConnectionSettings.option(mapping.getOptions(), OffsetOption.class);
        double scale = scaleOption == null ? 1 : scaleOption.getFactor();
        double offset = offsetOption == null ? 0 : offsetOption.getOffset();
        if (!conversion.equals(UnitConversions.Conversion.NONE)) {
            offset = UnitConversions.round(conversion.factor() * offset + conversion.offset());
            scale = UnitConversions.round(conversion.factor() * scale);
        }
        ValidOption valid = ConnectionSettings.option(mapping.getOptions(), ValidOption.class);
        Range range = plantRange(signal);
        if (valid != null) {
            double a = conversion.value(valid.getMinimum());
            double b = conversion.value(valid.getMaximum());
            range = new Range(Math.min(a, b), Math.max(a, b));
        }
        DeadbandOption deadband = ConnectionSettings.option(mapping.getOptions(), DeadbandOption.class);
        double band = deadband == null ? 0 : Math.abs(conversion.difference(deadband.getDeadband()));
        return new ConditioningValues(scale, offset, range.low(), range.high(), band);
    }

    private SignalSource source(Mapping mapping, Connection connection) {
        if (connection instanceof OpcUaConnection && mapping.getSource() instanceof NodeId nodeId) {
            return new OpcUaSource(nodeId.getNodeId(), ConnectionSettings.periodMillis(connection));
        }
        if (connection instanceof ModbusConnection modbus && mapping.getSource() instanceof ModbusAddress) {
            RegisterAddress address = Mappings.address(mapping);
            DataType type = Mappings.dataType(mapping);
            if (address == null || type == null || address.offset() > RegisterAddress.MAX_OFFSET) {
                error(mapping, CODE_ADDRESS, "The address of this mapping cannot be read.");
                return null;
            }
            String byteOrder = ConnectionSettings.byteOrder(mapping).getName().equals("BIG") ? "BIG_ENDIAN"
                    : "LITTLE_ENDIAN";
            String wordOrder = ConnectionSettings.wordOrder(mapping).getName().equals("BIG") ? "HIGH_WORD_FIRST"
                    : "LOW_WORD_FIRST";
            return new ModbusSource(modbus.getUnitId(), address.table().name(), (int) address.offset(),
                    dataTypeExpression(type), RegisterLayout.spell(type), byteOrder, wordOrder, address.canonical(),
                    address.modicon(), text(mapping.getSource()));
        }
        return null; // a register on OPC UA or a NodeId on Modbus: the checker's error
    }

    private static String dataTypeExpression(DataType type) {
        if (type instanceof StringType string) {
            return "DataType.string(" + string.getRegisters() + ")";
        }
        if (type instanceof BitType bit) {
            return "DataType.bit(" + bit.getBit() + ")";
        }
        return "DataType." + ((ScalarType) type).getKind().getName();
    }

    private static String displayName(NamedElement element) {
        return element.getDisplayName() == null || element.getDisplayName().isBlank() ? element.getName()
                : element.getDisplayName();
    }

    private static String description(NamedElement element) {
        return element.getDescription() == null ? "" : element.getDescription();
    }

    private static String signalDescription(Signal signal, Mapping mapping, SignalSource source) {
        StringBuilder text = new StringBuilder(description(signal));
        if (!text.isEmpty() && !text.toString().endsWith(".")) {
            text.append('.');
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append("Source: ").append(mapping.getConnection().getName()).append(' ').append(source.canonical());
        if (mapping.getTag() != null && !mapping.getTag().isBlank()) {
            text.append(", HMI tag ").append(mapping.getTag());
        }
        return text.append('.').toString();
    }

    /** Constants are named after the equipment path and the signal, widened upwards until unique. */
    private void assignConstants() {
        List<Draft> all = new ArrayList<>(drafts.values());
        // identity maps: a record's hashCode would hash all of its parts on every lookup
        Map<Draft, Integer> depth = new IdentityHashMap<>();
        Map<Draft, List<String>> segments = new IdentityHashMap<>();
        for (Draft draft : all) {
            List<String> path = QualifiedNames.segments(draft.signal());
            segments.put(draft, path);
            int equipment = 0;
            for (EObject e = draft.signal().eContainer(); e instanceof Equipment; e = e.eContainer()) {
                equipment++;
            }
            depth.put(draft, Math.min(path.size(), equipment + 1));
        }
        Map<Draft, String> names = new IdentityHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, List<Draft>> byName = new LinkedHashMap<>();
            for (Draft draft : all) {
                List<String> path = segments.get(draft);
                String name = JavaNames.constant(path.subList(path.size() - depth.get(draft), path.size()));
                names.put(draft, name);
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(draft);
            }
            for (List<Draft> clash : byName.values()) {
                if (clash.size() < 2) {
                    continue;
                }
                // widen only where it tells the signals apart; names equal all the way up get a suffix below
                Set<String> widened = new HashSet<>();
                for (Draft draft : clash) {
                    List<String> path = segments.get(draft);
                    int d = Math.min(path.size(), depth.get(draft) + 1);
                    widened.add(JavaNames.constant(path.subList(path.size() - d, path.size())));
                }
                if (widened.size() > 1) {
                    for (Draft draft : clash) {
                        if (depth.get(draft) < segments.get(draft).size()) {
                            depth.put(draft, depth.get(draft) + 1);
                            changed = true;
                        }
                    }
                }
            }
        }
        JavaNames.Allocator allocator = new JavaNames.Allocator();
        // allocate in plant id order so that the suffixes do not depend on the order of the mappings
        all.sort((a, b) -> a.node().id().compareTo(b.node().id()));
        for (Draft draft : all) {
            Mapping mapping = draft.mapping();
            mapped.put(draft.signal(), new MappedSignal(draft.node(), allocator.allocate(names.get(draft)),
                    QualifiedNames.of(draft.signal()), mapping.getTag(), mapping.getConnection().getName(),
                    draft.source(), draft.conditioning(), draft.periodMillis(), draft.calibrations(),
                    draft.instrument(), draft.origin()));
        }
    }

    // ------------------------------------------------------------------ plant tree

    private void include(EObject element) {
        for (EObject e = element; e instanceof NamedElement; e = e.eContainer()) {
            included.add(e);
        }
    }

    private List<Plant> plants() {
        List<Plant> plants = new ArrayList<>();
        for (Signal signal : drafts.keySet()) {
            EObject root = signal;
            while (root.eContainer() != null) {
                root = root.eContainer();
            }
            if (root instanceof Plant plant && !plants.contains(plant)) {
                plants.add(plant);
            }
        }
        return plants;
    }

    private ElementNode element(EObject object, List<MappedSignal> inPlantOrder) {
        NamedElement named = (NamedElement) object;
        List<SignalNode> signals = new ArrayList<>();
        List<ElementNode> children = new ArrayList<>();
        for (EObject child : object.eContents()) {
            if (child instanceof Signal signal) {
                MappedSignal m = mapped.get(signal);
                if (m != null) {
                    signals.add(m.node());
                    inPlantOrder.add(m);
                }
            }
        }
        signals.addAll(alignedOutputs.getOrDefault(object, List.of()));
        for (EObject child : object.eContents()) {
            if (!(child instanceof Signal) && included.contains(child)) {
                children.add(element(child, inPlantOrder));
            }
        }
        return new ElementNode(level(object), named.getName(), displayName(named), description(named),
                QualifiedNames.of(named), roles(object), children, signals,
                behaviourNodes.getOrDefault(object, List.of()));
    }

    private static String level(EObject element) {
        if (element instanceof Enterprise) {
            return "ENTERPRISE";
        }
        if (element instanceof Site) {
            return "SITE";
        }
        if (element instanceof Area) {
            return "AREA";
        }
        if (element instanceof Line) {
            return "LINE";
        }
        if (element instanceof WorkCell) {
            return "CELL";
        }
        return "EQUIPMENT";
    }

    /** @return the roles granted on an element: assigned on it or an enclosing area or line, sorted */
    private static List<String> roles(EObject element) {
        Set<String> roles = new TreeSet<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof AccessScope scope) {
                for (Role role : scope.getAssignedRoles()) {
                    if (!role.eIsProxy() && role.getName() != null) {
                        roles.add(role.getName());
                    }
                }
            }
        }
        return List.copyOf(roles);
    }

    private static List<RoleInfo> roles(List<Plant> plants) {
        Map<String, RoleInfo> roles = new LinkedHashMap<>();
        for (Plant plant : plants) {
            for (Role role : plant.getRoles()) {
                List<String> permissions = role.getPermissions().stream().map(Permission::getLiteral).toList();
                roles.putIfAbsent(role.getName(), new RoleInfo(role.getName(), displayName(role), description(role),
                        permissions, PermissionBits.of(permissions)));
            }
        }
        return List.copyOf(roles.values());
    }

    /** @return whether a name is free below a plant element (its plant children, behaviours, outputs) */
    private Set<String> taken(EObject element) {
        return takenNames.computeIfAbsent(element, e -> {
            Set<String> names = new HashSet<>();
            for (EObject child : e.eContents()) {
                if (child instanceof NamedElement named && named.getName() != null) {
                    names.add(named.getName());
                }
            }
            return names;
        });
    }

    // ------------------------------------------------------------------ alignments

    private AlignmentPlan alignment(Alignment alignment) {
        long period = Durations.millis(alignment.getPeriod());
        long stale = Durations.millis(alignment.getStaleAfter());
        List<AlignmentPlan.AlignedOutputPlan> outputs = new ArrayList<>();
        for (AlignTarget target : alignment.getTargets()) {
            List<Signal> signals = new ArrayList<>();
            if (target instanceof SignalTarget signalTarget) {
                Signal signal = signalTarget.getSignal();
                if (mapped(signal, target, "align")) {
                    signals.add(signal);
                }
            } else if (target instanceof EquipmentPattern pattern && pattern.getEquipment() != null) {
                for (Signal signal : pattern.getEquipment().getSignals()) {
                    if (mapped.containsKey(signal)) {
                        signals.add(signal);
                    }
                }
            }
            for (Signal signal : signals) {
                MappedSignal source = mapped.get(signal);
                EObject equipment = signal.eContainer();
                String name = unique(equipment, signal.getName() + "Aligned");
                if (!BROWSE_NAME.matcher(name).matches()) {
                    error(target, CODE_BROWSE_NAME, "The aligned output " + name + " of " + source.qualifiedName()
                            + " is longer than the 64 characters of a browse name; shorten the signal's name.");
                    continue;
                }
                String method = alignment.getMethod().getName();
                SignalNode in = source.node();
                Unit unit = in.unit();
                Range range = in.range() != null ? in.range() : in.type() == ValueType.BOOLEAN ? new Range(0, 1)
                        : Range.UNBOUNDED;
                SignalNode output = new SignalNode(QualifiedNames.of((NamedElement) equipment) + "." + name, name,
                        in.displayName() + " (aligned)", "The values of " + in.browseName() + " on a grid of "
                                + Durations.format(period) + " (" + method.toLowerCase(Locale.ROOT) + "), stamped with"
                                + " the grid points.",
                        ValueType.DOUBLE, unit, range, in.roles());
                alignedOutputs.computeIfAbsent(equipment, e -> new ArrayList<>()).add(output);
                long staleAfter = stale > 0 ? stale : 3 * Math.max(period, source.acquisitionPeriodMillis());
                outputs.add(new AlignmentPlan.AlignedOutputPlan(source, output, staleAfter));
            }
        }
        if (outputs.isEmpty()) {
            return null;
        }
        return new AlignmentPlan(period, alignment.getMethod().getName(), outputs, origin(alignment));
    }

    private String unique(EObject element, String name) {
        Set<String> taken = taken(element);
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + n;
        }
        taken.add(candidate);
        return candidate;
    }

    private boolean mapped(Signal signal, EObject at, String what) {
        if (signal == null || signal.eIsProxy()) {
            return false;
        }
        if (!mapped.containsKey(signal)) {
            error(at, CODE_UNMAPPED, "No mapping reads " + QualifiedNames.of(signal) + ", so this " + what
                    + " would never see a value; map the signal or remove it here.");
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ behaviours

    private BehaviourPlan behaviour(Behaviour behaviour) {
        Signal signal = behaviour.getSignal();
        if (!mapped(signal, behaviour, "behaviour")) {
            return null;
        }
        EObject equipment = signal.eContainer();
        String name = behaviour.getName();
        if (!BROWSE_NAME.matcher(name).matches()) {
            error(behaviour, CODE_BROWSE_NAME, "The behaviour name '" + name + "' cannot be an OPC UA browse name of"
                    + " the runtime: it must start with a letter and have at most 64 letters, digits, '_' or '-'.");
            return null;
        }
        if (taken(equipment).contains(name)) {
            error(behaviour, CODE_NAME_COLLISION, "The behaviour " + name + " would appear under "
                    + QualifiedNames.of((NamedElement) equipment) + ", which already has an element of that name;"
                    + " rename the behaviour.");
            return null;
        }
        taken(equipment).add(name);
        String sourceId = QualifiedNames.of((NamedElement) equipment);
        String id = sourceId + "." + name;
        Origin origin = origin(behaviour);
        MappedSignal input = mapped.get(signal);
        String unitCode = unitCode(signal);
        BehaviourPlan plan = null;
        if (behaviour instanceof Alarm alarm) {
            plan = alarm(alarm, id, sourceId, origin, input, unitCode);
        } else if (behaviour instanceof Overshoot overshoot) {
            if (!mapped(overshoot.getSetpoint(), overshoot, "overshoot monitor")) {
                return null;
            }
            UnitConversions.Conversion conversion = conversion(overshoot.getLimit().getUnit(), unitCode, overshoot);
            if (conversion == null) {
                return null;
            }
            BehaviourNode node = node(id, name, origin, equipment, List.of(
                    new StateNode("Active", "Active", "The process value exceeds the setpoint by more than the band",
                            ValueType.BOOLEAN),
                    new StateNode("Overshoot", "Overshoot", "How far the process value is above the setpoint (0 when"
                            + " below)", ValueType.DOUBLE),
                    new StateNode("PeakOvershoot", "Peak overshoot", "The largest overshoot since the setpoint last"
                            + " changed", ValueType.DOUBLE)));
            plan = new BehaviourPlan.Overshoot(node, sourceId, origin, input, mapped.get(overshoot.getSetpoint()),
                    Math.abs(conversion.difference(overshoot.getLimit().getValue())), DEFAULT_SEVERITY);
        } else if (behaviour instanceof Energy energy) {
            if (!mapped(energy.getBatch(), energy, "integral")) {
                return null;
            }
            String total = UnitConversions.integralUnit(unitCode);
            BehaviourNode node = node(id, name, origin, equipment, List.of(
                    new StateNode("RunningTotal", "Running total", "The integral of the running batch so far"
                            + (total.isEmpty() ? "" : ", in " + total), ValueType.DOUBLE),
                    new StateNode("Batch", "Batch", "The running batch (value of "
                            + mapped.get(energy.getBatch()).node().browseName() + ")", ValueType.DOUBLE),
                    new StateNode("LastBatch", "Last batch", "The batch completed last", ValueType.DOUBLE),
                    new StateNode("LastBatchTotal", "Last batch total", "The integral of the batch completed last;"
                            + " Uncertain when samples were missing (a lower bound)", ValueType.DOUBLE)));
            long maxGap = Math.max(10 * input.acquisitionPeriodMillis(), 10_000);
            plan = new BehaviourPlan.Energy(node, sourceId, origin, input, mapped.get(energy.getBatch()),
                    UnitConversions.rateTimeUnitMillis(unitCode), maxGap, total);
        } else if (behaviour instanceof Verdict verdict) {
            UnitConversions.Conversion conversion = conversion(verdict.getUnit(), unitCode, verdict);
            if (conversion == null) {
                return null;
            }
            double a = conversion.value(verdict.getMinimum());
            double b = conversion.value(verdict.getMaximum());
            BehaviourNode node = node(id, name, origin, equipment, List.of(
                    new StateNode("Outcome", "Outcome", "PASS, FAIL or INDETERMINATE (no usable value)",
                            ValueType.STRING),
                    new StateNode("Pass", "Pass", "The last value was within the limits", ValueType.BOOLEAN),
                    new StateNode("Value", "Value", "The value judged", ValueType.DOUBLE),
                    new StateNode("Statement", "Statement", "The verdict with the calibration records it rests on",
                            ValueType.STRING)));
            plan = new BehaviourPlan.Verdict(node, sourceId, origin, input, Math.min(a, b), Math.max(a, b),
                    input.latestCalibration());
        }
        if (plan != null) {
            behaviourNodes.computeIfAbsent(equipment, e -> new ArrayList<>()).add(plan.node());
            include(equipment);
        }
        return plan;
    }

    private BehaviourPlan alarm(Alarm alarm, String id, String sourceId, Origin origin, MappedSignal input,
            String unitCode) {
        UnitConversions.Conversion conversion = conversion(alarm.getThreshold().getUnit(), unitCode, alarm);
        if (conversion == null) {
            return null;
        }
        double threshold = conversion.value(alarm.getThreshold().getValue());
        boolean above = alarm.getComparison() == Comparison.ABOVE || alarm.getComparison() == Comparison.AT_OR_ABOVE;
        boolean inclusive = alarm.getComparison() == Comparison.AT_OR_ABOVE
                || alarm.getComparison() == Comparison.AT_OR_BELOW;
        double clear = threshold;
        long dwell = 0;
        int severity = DEFAULT_SEVERITY;
        for (AlarmOption option : alarm.getOptions()) {
            if (option instanceof ClearOption clearOption) {
                UnitConversions.Conversion c = conversion(clearOption.getLevel().getUnit(), unitCode, clearOption);
                if (c == null) {
                    return null;
                }
                clear = c.value(clearOption.getLevel().getValue());
            } else if (option instanceof DwellOption dwellOption) {
                dwell = Durations.millis(dwellOption.getDwell());
            } else if (option instanceof SeverityOption severityOption) {
                severity = severityOption.getSeverity();
            }
        }
        // The runtime's alarm compares strictly; ">= t" is "> the next double below t"
        String next = above ? "Math.nextDown(" : "Math.nextUp(";
        String thresholdExpression = inclusive ? next + JavaLiterals.number(threshold) + ")" : JavaLiterals.number(threshold);
        String clearExpression = inclusive && clear == threshold ? thresholdExpression : JavaLiterals.number(clear);
        String signalName = input.node().browseName();
        BehaviourNode node = node(id, alarm.getName(), origin, alarm.getSignal().eContainer(), List.of(
                new StateNode("Active", "Active", "The alarm is active (raised and not yet cleared)",
                        ValueType.BOOLEAN),
                new StateNode("State", "State", "NORMAL, PENDING (beyond the threshold, dwell time running) or ACTIVE",
                        ValueType.STRING),
                new StateNode("Value", "Value", "The last value of " + signalName + " the alarm evaluated",
                        ValueType.DOUBLE)));
        return new BehaviourPlan.Alarm(node, sourceId, origin, input, above, thresholdExpression, clearExpression,
                dwell, severity);
    }

    private UnitConversions.Conversion conversion(String unit, String signalUnit, EObject at) {
        if (unit == null) {
            return UnitConversions.Conversion.NONE;
        }
        UnitConversions.Conversion conversion = UnitConversions.between(UnitSymbols.commonCode(unit), signalUnit);
        if (conversion == null) {
            error(at, CODE_UNIT, "The runtime cannot convert " + unit + " into the signal's unit"
                    + (signalUnit == null ? "" : " " + signalUnit) + ".");
        }
        return conversion;
    }

    private BehaviourNode node(String id, String name, Origin origin, EObject equipment, List<StateNode> states) {
        return new BehaviourNode(id, name, name, origin.text(), states, roles(equipment));
    }

    // ------------------------------------------------------------------ connections

    private ModbusDevice modbusDevice(ModbusConnection connection, List<MappedSignal> signals, List<Plant> plants) {
        String host = "127.0.0.1";
        int port = 502;
        java.util.regex.Matcher matcher = HOST_PORT.matcher(connection.getEndpoint());
        if (matcher.matches()) {
            host = matcher.group(1);
            port = Integer.parseInt(matcher.group(2));
        }
        long connectTimeout = DEFAULT_CONNECT_TIMEOUT_MS;
        long responseTimeout = DEFAULT_RESPONSE_TIMEOUT_MS;
        ModbusTcpEndpoint plantEndpoint = plantModbusEndpoint(connection.getName(), plants);
        if (plantEndpoint != null) {
            connectTimeout = plantEndpoint.getConnectTimeoutMs() > 0 ? plantEndpoint.getConnectTimeoutMs()
                    : connectTimeout;
            responseTimeout = plantEndpoint.getResponseTimeoutMs() > 0 ? plantEndpoint.getResponseTimeoutMs()
                    : responseTimeout;
        }
        TimeoutSetting timeout = ConnectionSettings.option(connection.getSettings(), TimeoutSetting.class);
        if (timeout != null && Durations.millis(timeout.getPeriod()) > 0) {
            responseTimeout = Durations.millis(timeout.getPeriod());
        }
        RetriesSetting retries = ConnectionSettings.option(connection.getSettings(), RetriesSetting.class);
        return new ModbusDevice(connection.getName(), host, port, connection.getUnitId(),
                ConnectionSettings.periodMillis(connection), connectTimeout, responseTimeout,
                ConnectionSettings.maxRegisters(connection), ConnectionSettings.maxGap(connection),
                retries == null ? -1 : retries.getCount(), signals, origin(connection));
    }

    private static ModbusTcpEndpoint plantModbusEndpoint(String name, List<Plant> plants) {
        for (Plant plant : plants) {
            for (Controller controller : plant.getControllers()) {
                if (name.equals(controller.getName())) {
                    for (Endpoint endpoint : controller.getEndpoints()) {
                        if (endpoint instanceof ModbusTcpEndpoint modbus) {
                            return modbus;
                        }
                    }
                }
            }
        }
        return null;
    }

    private OpcUaDevice opcUaDevice(OpcUaConnection connection, List<MappedSignal> signals) {
        SecuritySetting security = ConnectionSettings.option(connection.getSettings(), SecuritySetting.class);
        String policy = "NONE";
        String mode = "NONE";
        if (security != null) {
            policy = switch (security.getPolicy()) {
                case NONE -> "NONE";
                case BASIC256_SHA256 -> "BASIC256SHA256";
                case AES128_SHA256_RSA_OAEP -> "AES128_SHA256_RSAOAEP";
                case AES256_SHA256_RSA_PSS -> "AES256_SHA256_RSAPSS";
                default -> null;
            };
            mode = security.getMode().getName();
            if (policy == null) {
                error(security, CODE_SECURITY, "The runtime does not connect with the deprecated security policy "
                        + security.getPolicy().getLiteral() + "; use Basic256Sha256, Aes128_Sha256_RsaOaep or"
                        + " Aes256_Sha256_RsaPss.");
                return null;
            }
            if (policy.equals("NONE") != mode.equals("NONE")) {
                error(security, CODE_SECURITY, "Security policy None goes only with mode none (OPC 10000-4 §7.20),"
                        + " and a secure policy needs mode sign or sign-and-encrypt.");
                return null;
            }
        }
        String user = null;
        String passwordRef = null;
        IdentitySetting identity = ConnectionSettings.option(connection.getSettings(), IdentitySetting.class);
        if (identity != null && identity.getIdentity() instanceof UserIdentity u
                && u.getPassword() instanceof SecretReference reference) {
            user = u.getUser();
            passwordRef = reference.getReference();
        }
        PublishingSetting publishing = ConnectionSettings.option(connection.getSettings(), PublishingSetting.class);
        long publishingMillis = publishing == null ? DEFAULT_PUBLISHING_MS : Durations.millis(publishing.getPeriod());
        return new OpcUaDevice(connection.getName(), connection.getEndpoint(), policy, mode, user, passwordRef,
                ConnectionSettings.periodMillis(connection), publishingMillis, signals, origin(connection));
    }

    // ------------------------------------------------------------------ positions

    private TwinFile file(EObject object) {
        EObject root = object;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        TwinFile file = fileOfModel.get(root);
        return file != null ? file : twins.get(0);
    }

    private static int line(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? 1 : Math.max(1, node.getStartLine());
    }

    private static String text(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? "" : NodeModelUtils.getTokenText(node).replaceAll("\\s+", " ").trim();
    }

    private Origin origin(EObject object) {
        return new Origin(file(object).fileName(), line(object), text(object));
    }

    private void error(EObject at, String code, String message) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(at);
        int line = 1;
        int column = 1;
        if (node != null) {
            line = Math.max(1, node.getStartLine());
            column = Math.max(1, NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn());
        }
        findings.add(new Finding(file(at).name(), line, column, "error", code, message));
    }
}
