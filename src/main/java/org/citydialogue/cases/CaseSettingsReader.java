package org.citydialogue.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.citydialogue.identity.Role;
import org.citydialogue.tenancy.SectionReader;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantFileSection;
import tools.jackson.databind.JsonNode;

/** Reads and checks the {@code cases:} section of a tenant file; a problem stops start-up with one line. */
final class CaseSettingsReader {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");
    private static final Set<String> FIELDS = Set.of("reference-prefix", "first-answer-working-days",
            "extension-max-working-days", "misrouted-return-working-days", "channels", "kinds", "categories",
            "lifecycle", "retention-months");
    private static final Set<String> ACTION_FIELDS = Set.of("code", "from", "to", "stays", "answers-resident",
            "needs-department", "needs-reason", "roles", "names");

    private final SectionReader in;
    private final Tenant tenant;

    private CaseSettingsReader(TenantFileSection section, Tenant tenant) {
        this.in = new SectionReader(section);
        this.tenant = tenant;
    }

    static CaseSettings read(TenantFileSection section, Tenant tenant) {
        return new CaseSettingsReader(section, tenant).settings();
    }

    private CaseSettings settings() {
        JsonNode root = in.root();
        in.onlyKnown(root, FIELDS, "");
        String prefix = in.text(root, "reference-prefix", "", true);
        if (!PREFIX.matcher(prefix).matches()) {
            throw in.problem("reference-prefix", "'" + prefix + "' must be 2-5 capital letters");
        }
        List<String> channels = in.codes(root, "channels", "", true);
        for (int i = 0; i < channels.size(); i++) {
            if (!CaseSettings.KNOWN_CHANNELS.contains(channels.get(i))) {
                throw in.problem("channels[" + i + "]", "'" + channels.get(i) + "' is unknown; use one of "
                        + CaseSettings.KNOWN_CHANNELS);
            }
        }
        return new CaseSettings(prefix,
                in.number(root, "first-answer-working-days", "", 1, 30, null),
                in.number(root, "extension-max-working-days", "", 0, 30, 0),
                in.number(root, "misrouted-return-working-days", "", 0, 30, 0),
                channels, choices(root, "kinds"), categories(root), lifecycle(root),
                // Optional: without it, personal data is kept until the city decides (0 = no retention run).
                in.number(root, "retention-months", "", 1, 240, 0));
    }

    private List<Choice> choices(JsonNode parent, String key) {
        List<Choice> choices = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<JsonNode> items = in.list(parent, key, "", true);
        for (int i = 0; i < items.size(); i++) {
            String path = key + "[" + i + "]";
            in.onlyKnown(items.get(i), Set.of("code", "names"), path);
            choices.add(new Choice(code(items.get(i), path, codes), in.names(items.get(i), "names", path)));
        }
        return choices;
    }

    private List<CaseSettings.Category> categories(JsonNode root) {
        List<CaseSettings.Category> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<JsonNode> items = in.list(root, "categories", "", true);
        for (int i = 0; i < items.size(); i++) {
            String path = "categories[" + i + "]";
            JsonNode item = items.get(i);
            in.onlyKnown(item, Set.of("code", "department", "names"), path);
            String department = in.text(item, "department", path, false);
            if (department != null && tenant.departments().stream().noneMatch(d -> d.code().equals(department))) {
                throw in.problem(path + ".department", "'" + department + "' is not one of the tenant's departments");
            }
            String code = code(item, path, codes);
            categories.add(new CaseSettings.Category(code, department,
                    new Choice(code, in.names(item, "names", path))));
        }
        return categories;
    }

    private Lifecycle lifecycle(JsonNode root) {
        JsonNode node = root.get("lifecycle");
        in.onlyKnown(node, Set.of("states", "actions"), "lifecycle");
        List<Lifecycle.State> states = new ArrayList<>();
        Set<String> stateCodes = new HashSet<>();
        List<JsonNode> items = in.list(node, "states", "lifecycle", true);
        for (int i = 0; i < items.size(); i++) {
            String path = "lifecycle.states[" + i + "]";
            in.onlyKnown(items.get(i), Set.of("code", "closed", "names"), path);
            String code = code(items.get(i), path, stateCodes);
            states.add(new Lifecycle.State(code, in.flag(items.get(i), "closed", path),
                    new Choice(code, in.names(items.get(i), "names", path))));
        }
        if (states.getFirst().closed()) {
            throw in.problem("lifecycle.states[0]", "the first state is where cases start; it cannot be closed");
        }
        List<Lifecycle.Action> actions = new ArrayList<>();
        Set<String> actionCodes = new HashSet<>();
        List<JsonNode> actionItems = in.list(node, "actions", "lifecycle", true);
        for (int i = 0; i < actionItems.size(); i++) {
            actions.add(action(actionItems.get(i), "lifecycle.actions[" + i + "]", stateCodes, actionCodes));
        }
        return new Lifecycle(states, actions);
    }

    private Lifecycle.Action action(JsonNode item, String path, Set<String> states, Set<String> codes) {
        in.onlyKnown(item, ACTION_FIELDS, path);
        String code = code(item, path, codes);
        Set<String> from = new LinkedHashSet<>(in.codes(item, "from", path, true));
        for (String state : from) {
            knownState(state, states, path + ".from");
        }
        boolean stays = in.flag(item, "stays", path);
        String to = in.text(item, "to", path, !stays);
        if (stays && to != null) {
            throw in.problem(path + ".to", "an action that stays cannot also move the case");
        }
        if (to != null) {
            knownState(to, states, path + ".to");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : in.codes(item, "roles", path, true)) {
            roles.add(Role.fromClaim(name).orElseThrow(() -> in.problem(path + ".roles",
                    "'" + name + "' is not a role; use agent, case_handler, supervisor or tenant_admin")));
        }
        return new Lifecycle.Action(code, from, to, in.flag(item, "answers-resident", path),
                in.flag(item, "needs-department", path), in.flag(item, "needs-reason", path), roles,
                new Choice(code, in.names(item, "names", path)));
    }

    private void knownState(String state, Set<String> states, String path) {
        if (!states.contains(state)) {
            throw in.problem(path, "'" + state + "' is not one of the lifecycle's states");
        }
    }

    private String code(JsonNode item, String path, Set<String> seen) {
        String code = in.text(item, "code", path, true);
        if (!CODE.matcher(code).matches()) {
            throw in.problem(path + ".code", "'" + code + "' must be lower-case letters, digits or -");
        }
        if (!seen.add(code)) {
            throw in.problem(path + ".code", "'" + code + "' is used twice");
        }
        return code;
    }
}
