package org.citydialogue.open311;

import java.util.Locale;
import java.util.Map;

/**
 * A service request as a client posted it, checked: a known service, a location, contact details
 * of the right shape, attributes of their datatypes. Optional fields are null when not sent.
 *
 * @param attributes the values of the attributes other than kind and language, as typed values
 *                   (string, number, datetime as sent, list of keys)
 */
public record ServiceRequest(String serviceCode, Double lat, Double lon, String address, String addressId,
        String email, String deviceId, String accountId, String firstName, String lastName, String phone,
        String description, String mediaUrl, String clientRequestId, String kind, String language,
        Map<String, Object> attributes) {

    public ServiceRequest {
        attributes = Map.copyOf(attributes);
    }

    /** Where it is, for staff: the address as written, else the coordinates, else the address id. */
    public String location() {
        if (address != null) {
            return address;
        }
        if (lat != null) {
            return String.format(Locale.ROOT, "%.6f, %.6f", lat, lon);
        }
        return addressId;
    }

    public String residentName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? null : name;
    }
}
