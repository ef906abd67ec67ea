package org.citydialogue.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A staff member's account in their tenant's store. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String[] roles = new String[0];

    private String department;

    private boolean enabled = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, String department) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::claim).sorted().toArray(String[]::new);
        this.department = department;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::fromClaim).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    public String department() {
        return department;
    }

    public boolean enabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + " " + Arrays.stream(roles).collect(Collectors.joining(",")) + "]";
    }
}
