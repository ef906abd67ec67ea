package org.citydialogue.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** An operator edits a tenant file; every mistake is told as one line: file, field, problem. */
class TenantFileReaderTest {

    /** Resolves ${NAME:default} like the app does, but from an empty environment (no real env vars). */
    private static final UnaryOperator<String> NO_ENV = new MockEnvironment()::resolveRequiredPlaceholders;

    private static final String CITY = """
            id: %s
            kind: city
            names:
              sv: Provstad
              en: Test City
            default-locale: sv
            time-zone: Europe/Stockholm
            currency: SEK
            population: 1000
            country: SE
            calendar: sweden
            departments:
              - code: streets
                names: { sv: Gator, en: Streets }
            identity:
              issuer: built-in
            store:
              schema: tenant_%s
            """;

    @TempDir
    Path dir;

    @Test
    void theThreeRealTenantFilesLoadWithPlaceholdersResolvedToTheirDefaults() {
        Tenant vasteras = TenantFileReader.read(Path.of("tenants/vasteras.yaml"), NO_ENV);
        Tenant jinan = TenantFileReader.read(Path.of("tenants/jinan.yaml"), NO_ENV);
        Tenant icld = TenantFileReader.read(Path.of("tenants/icld.yaml"), NO_ENV);

        assertThat(vasteras.id()).isEqualTo("vasteras");
        assertThat(vasteras.isCity()).isTrue();
        assertThat(vasteras.name(Locale.ENGLISH)).isEqualTo("City of Västerås");
        assertThat(vasteras.name(Locale.forLanguageTag("sv"))).isEqualTo("Västerås stad");
        assertThat(vasteras.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(vasteras.currency()).isEqualTo(Currency.getInstance("SEK"));
        assertThat(vasteras.population()).isEqualTo(155_000);
        assertThat(vasteras.calendar()).isEqualTo("sweden");
        assertThat(vasteras.departments()).hasSize(7).first()
                .extracting(Department::code).isEqualTo("preschool-school");
        assertThat(vasteras.identity().builtIn()).isTrue();
        assertThat(vasteras.identity().rolesClaim()).isEqualTo("roles");
        assertThat(vasteras.store().schema()).isEqualTo("tenant_vasteras");
        assertThat(vasteras.store().role()).isEqualTo("cd_t_vasteras");
        assertThat(vasteras.store().ownDatabase()).isFalse();

        assertThat(jinan.defaultLocale()).isEqualTo(Locale.forLanguageTag("zh-Hans"));
        assertThat(jinan.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("济南市");
        assertThat(jinan.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(jinan.currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(jinan.country()).isEqualTo("CN");
        assertThat(jinan.calendar()).isEqualTo("china");
        assertThat(jinan.departments()).hasSize(8);
        assertThat(jinan.identity().builtIn()).isTrue();
        // ${JINAN_JDBC_URL:} resolves to empty: Jinan stays in the shared database by default.
        assertThat(jinan.store().ownDatabase()).isFalse();
        assertThat(jinan.store().schema()).isEqualTo("tenant_jinan");

        assertThat(icld.kind()).isEqualTo(Tenant.Kind.ORGANISATION);
        assertThat(icld.population()).isZero();
        assertThat(icld.calendar()).isNull();
        assertThat(icld.departments()).isEmpty();
        assertThat(icld.store().role()).isEqualTo("cd_t_icld");
    }

    @Test
    void anExternalIssuerFromTheEnvironmentIsUsedWithItsClientSettings() throws IOException {
        var env = new MockEnvironment()
                .withProperty("VASTERAS_OIDC_ISSUER", "https://login.vasteras.se/realms/staff")
                .withProperty("VASTERAS_OIDC_CLIENT_SECRET", "s3cret");
        Path file = Files.copy(Path.of("tenants/vasteras.yaml"), dir.resolve("vasteras.yaml"));

        IdentitySettings identity = TenantFileReader.read(file, env::resolveRequiredPlaceholders).identity();

        assertThat(identity.builtIn()).isFalse();
        assertThat(identity.issuer()).isEqualTo("https://login.vasteras.se/realms/staff");
        assertThat(identity.clientId()).isEqualTo("citydialogue");
        assertThat(identity.clientSecret()).isEqualTo("s3cret");
        assertThat(identity.backchannel()).isNull();
    }

    @Test
    void aValidMinimalCityFileLoads() throws IOException {
        Tenant tenant = read("provstad.yaml", CITY.formatted("provstad", "provstad"));
        assertThat(tenant.id()).isEqualTo("provstad");
        assertThat(tenant.departments()).extracting(Department::code).containsExactly("streets");
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        assertProblem("provstad.yaml", city().replace("country: SE", "country: SE\ncolour: blue"),
                "provstad.yaml: colour: unknown field");
        assertProblem("provstad.yaml", city().replace("  issuer: built-in", "  issuer: built-in\n  isuer: x"),
                "provstad.yaml: identity.isuer: unknown field");
    }

    @Test
    void aMissingIdIsNamed() throws IOException {
        assertProblem("provstad.yaml", city().replace("id: provstad\n", ""), "provstad.yaml: id: is required");
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsRefused() throws IOException {
        assertProblem("provstad.yaml", city().replace("id: provstad", "id: otherstad"),
                "provstad.yaml: id: 'otherstad' must match the file name 'provstad'");
    }

    @Test
    void aTimeZoneThatDoesNotExistIsRefused() throws IOException {
        assertProblem("jinan.yaml", CITY.formatted("jinan", "jinan").replace("Europe/Stockholm", "Asia/Jinan"),
                "jinan.yaml: time-zone: 'Asia/Jinan' is not a time zone (e.g. Europe/Stockholm)");
    }

    @Test
    void aCurrencyThatIsNotIso4217IsRefused() throws IOException {
        assertProblem("provstad.yaml", city().replace("currency: SEK", "currency: KRONOR"),
                "provstad.yaml: currency: 'KRONOR' is not an ISO 4217 code (e.g. SEK)");
    }

    @Test
    void aDefaultLocaleTheAppDoesNotSpeakIsRefused() throws IOException {
        assertProblem("provstad.yaml", city().replace("default-locale: sv", "default-locale: fr"),
                "provstad.yaml: default-locale: 'fr' is not supported; use sv, en or zh-Hans");
    }

    @Test
    void aNegativePopulationIsRefused() throws IOException {
        assertProblem("provstad.yaml", city().replace("population: 1000", "population: -5"),
                "provstad.yaml: population: '-5' must be a whole number of inhabitants, 0 or more");
        assertProblem("provstad.yaml", city().replace("population: 1000", "population: 12.5"),
                "provstad.yaml: population: '12.5' must be a whole number of inhabitants, 0 or more");
    }

    @Test
    void aDepartmentCodeUsedTwiceIsRefused() throws IOException {
        String twice = city().replace("departments:\n", """
                departments:
                  - code: streets
                    names: { en: Roads }
                """);
        assertProblem("provstad.yaml", twice, "provstad.yaml: departments[1].code: 'streets' is used twice");
    }

    @Test
    void namesWithoutEnglishAreRefused() throws IOException {
        assertProblem("provstad.yaml", city().replace("  en: Test City\n", ""),
                "provstad.yaml: names.en: is required: English is the fallback for other readers");
        assertProblem("provstad.yaml", city().replace("{ sv: Gator, en: Streets }", "{ sv: Gator }"),
                "provstad.yaml: departments[0].names.en: is required: English is the fallback for other readers");
    }

    @Test
    void anExternalIssuerWithoutClientSecretIsRefused() throws IOException {
        String external = city().replace("  issuer: built-in", "  issuer: https://idp.example.org/realms/provstad\n"
                + "  client-id: citydialogue\n"
                + "  client-secret: ${PROVSTAD_OIDC_CLIENT_SECRET:}");
        assertProblem("provstad.yaml", external, "provstad.yaml: identity.client-secret: is required");
    }

    @Test
    void aJdbcUrlThatIsNotPostgresIsRefused() throws IOException {
        String mysql = city().replace("  schema: tenant_provstad", "  schema: tenant_provstad\n"
                + "  jdbc-url: jdbc:mysql://db.example.org/provstad\n"
                + "  admin-username: admin\n"
                + "  admin-password: pw");
        assertProblem("provstad.yaml", mysql, "provstad.yaml: store.jdbc-url: must start with jdbc:postgresql://");
    }

    @Test
    void theSharedPartnershipSchemaCannotBeATenantSchema() throws IOException {
        assertProblem("provstad.yaml", city().replace("schema: tenant_provstad", "schema: partnership"),
                "provstad.yaml: store.schema: 'partnership' must be lower-case letters, digits or _ and not a system"
                        + " or shared schema");
    }

    @Test
    void invalidYamlIsReportedOnOneLineWithItsPosition() throws IOException {
        String broken = city().replace("currency: SEK", "currency: [SEK");
        TenantFileException problem = readFails("provstad.yaml", broken);
        assertThat(problem.getMessage())
                .startsWith("provstad.yaml: (file): not valid YAML at line ")
                .contains("expected ',' or ']'")
                .doesNotContain("^", "population: 1000")
                .containsPattern("line \\d+, column \\d+")
                .doesNotContain("\n", "\r");
    }

    @Test
    void everyProblemIsASingleLineStartingWithFileAndField() throws IOException {
        String[] broken = {
            city().replace("kind: city", "kind: town"),
            city().replace("country: SE", "country: Sweden"),
            city().replace("calendar: sweden", "calendar: mars"),
            city().replace("  issuer: built-in", "  issuer: not a url"),
            city().replace("names:\n  sv: Provstad\n  en: Test City\n", "names: Provstad\n"),
            city().replace("population: 1000\n", ""),
            "just a string\n",
            "id: provstad\n\tkind: city\n",
        };
        for (String content : broken) {
            TenantFileException problem = readFails("provstad.yaml", content);
            assertThat(problem.getMessage()).as(content).matches("provstad\\.yaml: [^:\\s]+: [^\\n\\r]+");
        }
    }

    private static String city() {
        return CITY.formatted("provstad", "provstad");
    }

    private Tenant read(String name, String content) throws IOException {
        return TenantFileReader.read(Files.writeString(dir.resolve(name), content), NO_ENV);
    }

    private TenantFileException readFails(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return org.junit.jupiter.api.Assertions.assertThrows(TenantFileException.class,
                () -> TenantFileReader.read(file, NO_ENV));
    }

    private void assertProblem(String name, String content, String message) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        assertThatThrownBy(() -> TenantFileReader.read(file, NO_ENV))
                .isInstanceOf(TenantFileException.class)
                .hasMessage(message);
    }
}
