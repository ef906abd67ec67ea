package org.citydialogue.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The installation reads its folder of tenant files once; files that would share a store or an IdP are refused. */
class TenantDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void theRealTenantFolderServesVasterasJinanAndIcld() {
        TenantDirectory directory = new TenantDirectory(Path.of("tenants"), new MockEnvironment());

        assertThat(directory.all()).extracting(Tenant::id).containsExactlyInAnyOrder("vasteras", "jinan", "icld");
        assertThat(directory.require("jinan").store().schema()).isEqualTo("tenant_jinan");
        assertThat(directory.find("nowhere")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        assertThatThrownBy(() -> directory.require("nowhere")).hasMessage("No tenant nowhere");
    }

    @Test
    void twoFilesClaimingTheSameSchemaAreRefused() throws IOException {
        write("alpha", "tenant_common", "built-in");
        write("beta", "tenant_common", "built-in");

        assertRefused("beta.yaml: store.schema: 'tenant_common' is already used by alpha.yaml");
    }

    @Test
    void aSchemaNamedLikeAnotherTenantsDefaultSchemaIsRefused() throws IOException {
        write("alpha", null, "built-in"); // defaults to tenant_alpha
        write("beta", "tenant_alpha", "built-in");

        assertRefused("beta.yaml: store.schema: 'tenant_alpha' is already used by alpha.yaml");
    }

    @Test
    void twoFilesClaimingTheSameExternalIssuerAreRefused() throws IOException {
        write("alpha", null, "https://idp.example.org/realms/staff");
        write("beta", null, "https://idp.example.org/realms/staff");

        assertRefused("beta.yaml: identity.issuer: 'https://idp.example.org/realms/staff' is already used by alpha.yaml");
    }

    @Test
    void theSameIssuerWithATrailingSlashIsStillTheSameIssuer() throws IOException {
        write("alpha", null, "https://idp.example.org/realms/staff");
        write("beta", null, "https://idp.example.org/realms/staff/");

        assertRefused("beta.yaml: identity.issuer: 'https://idp.example.org/realms/staff/' is already used by alpha.yaml");
    }

    @Test
    void manyTenantsMayShareTheBuiltInIssuer() throws IOException {
        write("alpha", null, "built-in");
        write("beta", null, "built-in");

        TenantDirectory directory = new TenantDirectory(dir, new MockEnvironment());

        assertThat(directory.all()).extracting(Tenant::id).containsExactlyInAnyOrder("alpha", "beta");
    }

    @Test
    void theSameTenantInAYamlAndAYmlFileIsRefused() throws IOException {
        write("alpha", "tenant_alpha", "built-in");
        Files.writeString(dir.resolve("alpha.yml"), file("alpha", "tenant_alpha_two", "built-in"));

        assertRefused("alpha.yml: id: 'alpha' is already used by alpha.yaml");
    }

    @Test
    void anEmptyFolderIsRefused() {
        assertRefused(dir + ": (folder): holds no tenant file (*.yaml)");
    }

    @Test
    void aFolderWithOnlyOtherFilesIsRefused() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# tenants");
        Files.writeString(dir.resolve(".hidden.yaml"), file("hidden", null, "built-in"));

        assertRefused(dir + ": (folder): holds no tenant file (*.yaml)");
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> new TenantDirectory(missing, new MockEnvironment()))
                .isInstanceOf(TenantFileException.class)
                .hasMessage(missing + ": (folder): no such folder; set citydialogue.tenants.dir to the folder of"
                        + " tenant files");
    }

    private void assertRefused(String message) {
        assertThatThrownBy(() -> new TenantDirectory(dir, new MockEnvironment()))
                .isInstanceOf(TenantFileException.class)
                .hasMessage(message);
    }

    private void write(String id, String schema, String issuer) throws IOException {
        Files.writeString(dir.resolve(id + ".yaml"), file(id, schema, issuer));
    }

    private static String file(String id, String schema, String issuer) {
        return "id: " + id + "\n"
                + "kind: organisation\n"
                + "names: { en: " + id + " }\n"
                + "default-locale: en\n"
                + "time-zone: Europe/Stockholm\n"
                + "currency: SEK\n"
                + "country: SE\n"
                + "identity:\n"
                + "  issuer: " + issuer + "\n"
                + (issuer.equals("built-in") ? "" : "  client-id: citydialogue\n  client-secret: secret\n")
                + (schema == null ? "" : "store:\n  schema: " + schema + "\n");
    }
}
