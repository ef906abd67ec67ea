package org.citydialogue.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/** The tenants this installation serves, read once from the tenant files at start-up. */
@Service
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

    private final Map<String, Tenant> tenants;

    // Two constructors: Spring must be told which one is for it, or it finds "no default constructor".
    @Autowired
    TenantDirectory(@Value("${citydialogue.tenants.dir:tenants}") Path folder, Environment environment) {
        this(load(folder, environment));
    }

    TenantDirectory(Map<String, Tenant> tenants) {
        this.tenants = Map.copyOf(tenants);
    }

    private static Map<String, Tenant> load(Path folder, Environment environment) {
        if (!Files.isDirectory(folder)) {
            throw new TenantFileException(folder.toString(), "(folder)",
                    "no such folder; set citydialogue.tenants.dir to the folder of tenant files");
        }
        Map<String, Tenant> byId = new LinkedHashMap<>();
        Map<String, String> idOwners = new HashMap<>();
        Map<String, String> schemaOwners = new HashMap<>();
        Map<String, String> issuerOwners = new HashMap<>();
        try {
            for (Path file : TenantFileReader.files(folder)) {
                Tenant tenant = TenantFileReader.read(file, environment::resolveRequiredPlaceholders);
                String name = file.getFileName().toString();
                // vasteras.yaml and vasteras.yml would otherwise silently replace one another.
                uniqueIn(idOwners, tenant.id(), tenant.id(), name, "id");
                String store = tenant.store().ownDatabase() ? tenant.store().jdbcUrl() + "#" : "";
                uniqueIn(schemaOwners, store + tenant.store().schema(), tenant.store().schema(), name, "store.schema");
                if (!tenant.identity().builtIn()) {
                    // An issuer is one identity provider with or without a trailing slash.
                    String issuer = tenant.identity().issuer().replaceFirst("/+$", "");
                    uniqueIn(issuerOwners, issuer, tenant.identity().issuer(), name, "identity.issuer");
                }
                byId.put(tenant.id(), tenant);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (byId.isEmpty()) {
            throw new TenantFileException(folder.toString(), "(folder)", "holds no tenant file (*.yaml)");
        }
        log.info("Serving {} tenants from {}: {}", byId.size(), folder.toAbsolutePath(), byId.keySet());
        return byId;
    }

    private static void uniqueIn(Map<String, String> owners, String key, String value, String file, String field) {
        String other = owners.putIfAbsent(key, file);
        if (other != null) {
            throw new TenantFileException(file, field, "'" + value + "' is already used by " + other);
        }
    }

    public Collection<Tenant> all() {
        return tenants.values();
    }

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(id).map(tenants::get);
    }

    public Tenant require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No tenant " + id));
    }
}
