package org.citydialogue.partnership;

/**
 * A staff member of a member tenant taking part in a partnership.
 *
 * @param tenantId    the member's own tenant
 * @param subject     their user name in that tenant
 * @param displayName how partners see them
 * @param role        their part in the partnership
 */
public record PartnershipMember(String tenantId, String subject, String displayName, PartnershipRole role) {
}
