package org.citydialogue.cases;

import java.util.List;
import java.util.Optional;

/**
 * How one tenant handles residents' cases, from the {@code cases:} section of its tenant file.
 *
 * @param referencePrefix         start of the case numbers residents are told, e.g. VST
 * @param firstAnswerWorkingDays  the promise: an answer (or word of where it is handled) within this many working days
 * @param extensionMaxWorkingDays the most a supervisor may extend a deadline by; 0 if extensions are not used
 * @param misroutedReturnWorkingDays how long a unit has to return a misrouted case; 0 if not used
 * @param retentionMonths         personal data of a case is anonymised this many months after it closed
 *                                ({@link CaseRetention}); 0 if the tenant file sets no retention
 */
public record CaseSettings(
        String referencePrefix,
        int firstAnswerWorkingDays,
        int extensionMaxWorkingDays,
        int misroutedReturnWorkingDays,
        List<String> channels,
        List<Choice> kinds,
        List<Category> categories,
        Lifecycle lifecycle,
        int retentionMonths) {

    /** Where residents' contacts can come from; each has the i18n key {@code channel.<code>}. */
    public static final List<String> KNOWN_CHANNELS = List.of("phone", "email", "web", "social", "walk-in", "letter",
            "sms", "wechat", "app", "hotline", "open311");

    /** A service category of the tenant's catalogue, with the department that usually handles it. */
    public record Category(String code, String department, Choice choice) {
    }

    public Optional<Choice> kind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
