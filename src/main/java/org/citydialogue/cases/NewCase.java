package org.citydialogue.cases;

/**
 * A resident's contact as an agent registers it. Contact details are optional: residents may stay
 * anonymous.
 */
public record NewCase(String kind, String channel, String category, String description, String location,
        String residentName, String residentEmail, String residentPhone, String residentLanguage) {
}
