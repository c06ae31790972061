package com.clientcare.command.infra;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * A business time ({@code @PastOrPresent} on every request's {@code occurredAt}, {@code receivedAt}, ...) may be
 * ahead of the application's clock by the tolerance at most, for callers whose clocks run a little fast; further
 * ahead it would start service-level clocks from the future, so it is 400.
 */
@Configuration
public class BusinessTimeTolerance {

    @Bean
    public ValidationConfigurationCustomizer futureTolerance(Clock clock,
            @Value("${clientcare.business-time.future-tolerance:PT5M}") Duration tolerance) {
        return configuration -> configuration
                .clockProvider(() -> clock)
                .addProperty(HibernateValidatorConfiguration.TEMPORAL_VALIDATION_TOLERANCE,
                        String.valueOf(tolerance.toMillis()));
    }
}
