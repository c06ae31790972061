package com.clientcare.access;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

/**
 * What verifying a local user's password costs per request, bcrypt (cost 10, as the local users' hashes) beside
 * the remembered credential, in one run: {@code ./mvnw -q -pl access-control test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=com.clientcare.access.CredentialCacheBenchmark}.
 */
public final class CredentialCacheBenchmark {

    public static void main(String[] args) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
        String hash = bcrypt.encode("consumer-local");
        VerifiedCredentials cached = new VerifiedCredentials(bcrypt, 10_000, Duration.ofMinutes(10),
                Clock.systemUTC());
        cached.matches("consumer-local", hash);
        for (int round = 0; round < 2; round++) {
            long[] plain = time(50, () -> bcrypt.matches("consumer-local", hash));
            long[] remembered = time(50_000, () -> cached.matches("consumer-local", hash));
            System.out.printf("verify a password, p50 / p99: bcrypt %.2f / %.2f ms, remembered %.4f / %.4f ms%n",
                    plain[plain.length / 2] / 1e6, plain[plain.length * 99 / 100] / 1e6,
                    remembered[remembered.length / 2] / 1e6, remembered[remembered.length * 99 / 100] / 1e6);
        }
    }

    private static long[] time(int times, Runnable verify) {
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            verify.run();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }
}
