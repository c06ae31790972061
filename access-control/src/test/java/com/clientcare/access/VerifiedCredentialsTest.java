package com.clientcare.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** #17: a verified credential costs one bcrypt, a wrong one always costs bcrypt, a change applies at once. */
class VerifiedCredentialsTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String HASH = BCRYPT.encode("right");

    private final AtomicInteger bcrypts = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcrypts.incrementAndGet();
            return BCRYPT.matches(raw, encoded);
        }
    };
    private final MutableClock clock = new MutableClock();
    private final VerifiedCredentials credentials = new VerifiedCredentials(counting, 100, Duration.ofMinutes(10),
            clock);

    @Test
    void the_right_password_is_verified_by_bcrypt_once_then_remembered() {
        assertThat(credentials.matches("right", HASH)).isTrue();
        assertThat(credentials.matches("right", HASH)).isTrue();
        assertThat(credentials.matches("right", HASH)).isTrue();

        assertThat(bcrypts).hasValue(1);
    }

    @Test
    void a_wrong_password_is_never_remembered_and_always_refused() {
        assertThat(credentials.matches("wrong", HASH)).isFalse();
        assertThat(credentials.matches("wrong", HASH)).isFalse();

        assertThat(bcrypts).hasValue(2);
    }

    @Test
    void a_wrong_password_after_the_right_one_was_remembered_is_still_refused() {
        credentials.matches("right", HASH);

        assertThat(credentials.matches("wrong", HASH)).isFalse();
    }

    @Test
    void a_changed_password_takes_effect_at_once() {
        credentials.matches("right", HASH);
        String changed = BCRYPT.encode("new");

        assertThat(credentials.matches("right", changed)).isFalse();
        assertThat(credentials.matches("new", changed)).isTrue();
    }

    @Test
    void a_remembered_credential_is_verified_again_after_its_lifetime() {
        credentials.matches("right", HASH);
        clock.advance(Duration.ofMinutes(10));

        assertThat(credentials.matches("right", HASH)).isTrue();
        assertThat(bcrypts).hasValue(2);
    }

    @Test
    void only_so_many_credentials_are_remembered_the_least_recently_used_go_first() {
        VerifiedCredentials small = new VerifiedCredentials(counting, 1, Duration.ofMinutes(10), clock);
        String other = BCRYPT.encode("other");
        small.matches("right", HASH);
        small.matches("other", other);
        small.matches("right", HASH);

        assertThat(bcrypts).hasValue(3);
    }
}
