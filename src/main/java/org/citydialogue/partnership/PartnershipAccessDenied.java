package org.citydialogue.partnership;

/** The shared store refused a change the bound tenant may not make in a partnership. */
public class PartnershipAccessDenied extends RuntimeException {

    PartnershipAccessDenied(String message) {
        super(message);
    }
}
