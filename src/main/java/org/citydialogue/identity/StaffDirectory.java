package org.citydialogue.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The staff of the current tenant and what they keep between sessions. Every call runs against the
 * store of the tenant bound to the thread; with none bound the database refuses it.
 */
@Service
public class StaffDirectory {

    static final Duration NAMES_FRESH = Duration.ofMinutes(1);

    private final StaffAccounts accounts;
    private final JdbcClient jdbc;
    private final Cache<String, Map<String, String>> names = Caffeine.newBuilder()
            .expireAfterWrite(NAMES_FRESH).maximumSize(10_000).build();

    StaffDirectory(StaffAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> accounts() {
        return accounts.findAll(Sort.by("username"));
    }

    /**
     * Display names by user name of the bound tenant's staff, for timelines and attachments: read
     * from the store at most once per {@link #NAMES_FRESH} (another node's new colleague shows by
     * name after that), not on every case opened; a colleague added here shows at once.
     */
    public Map<String, String> displayNames() {
        return names.get(TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant bound")),
                tenant -> accounts.findAll().stream()
                        .collect(Collectors.toUnmodifiableMap(StaffAccount::username, StaffAccount::displayName)));
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> account(String username) {
        return accounts.findById(username);
    }

    /** The language a staff member chose, if any. */
    public Optional<String> chosenLanguage(String subject) {
        return jdbc.sql("select locale from staff_profile where subject = ?").param(subject)
                .query(String.class).optional();
    }

    public void chooseLanguage(String subject, String languageTag) {
        jdbc.sql("update staff_profile set locale = ? where subject = ?").params(languageTag, subject).update();
    }

    /** Keeps a profile per signed-in person, also for users of an external identity provider. */
    @Transactional
    void recordSignIn(StaffUser user) {
        String[] roles = user.roles().stream().map(Role::claim).sorted().toArray(String[]::new);
        jdbc.sql("""
                insert into staff_profile (subject, username, display_name, roles, last_sign_in)
                values (:subject, :username, :name, :roles, :at)
                on conflict (subject) do update set username = excluded.username,
                    display_name = excluded.display_name, roles = excluded.roles, last_sign_in = excluded.last_sign_in
                """)
                .param("subject", user.subject()).param("username", user.username())
                .param("name", user.displayName()).param("roles", roles)
                .param("at", Timestamp.from(Instant.now())).update();
        jdbc.sql("insert into audit_event (actor, action, subject) values (?, 'staff.sign-in', ?)")
                .params(user.username(), user.subject()).update();
    }

    /** Adds a built-in account unless one with that name exists; used to seed demo staff. */
    @Transactional
    boolean addIfAbsent(StaffAccount account) {
        if (accounts.existsById(account.username())) {
            return false;
        }
        accounts.save(account);
        String tenant = TenantContext.current().orElseThrow();
        // Forgotten once committed: a read before the commit would cache the list without the new colleague.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                names.invalidate(tenant);
            }
        });
        return true;
    }

}
