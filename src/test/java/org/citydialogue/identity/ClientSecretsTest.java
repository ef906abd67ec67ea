package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The built-in issuers' check of a client's secret: exact, and never a slow re-hash. */
class ClientSecretsTest {

    private final ClientSecrets secrets = ClientSecrets.INSTANCE;

    @Test
    void theRightSecretMatchesAndAnyOtherDoesNot() {
        assertThat(secrets.matches("s3cret-value", "{noop}s3cret-value")).isTrue();
        assertThat(secrets.matches("s3cret-valuf", "{noop}s3cret-value")).isFalse();
        assertThat(secrets.matches("s3cret-valu", "{noop}s3cret-value")).isFalse();
        assertThat(secrets.matches("", "{noop}s3cret-value")).isFalse();
        assertThat(secrets.matches(null, "{noop}s3cret-value")).isFalse();
    }

    @Test
    void onlyPlainStoredSecretsAreKnownAndNoneIsEverRehashed() {
        assertThat(secrets.matches("s3cret-value", "s3cret-value")).isFalse();
        assertThat(secrets.matches("s3cret-value", "{bcrypt}s3cret-value")).isFalse();
        assertThat(secrets.upgradeEncoding("{noop}s3cret-value")).isFalse();
        assertThat(secrets.encode("x")).isEqualTo("{noop}x");
    }
}
