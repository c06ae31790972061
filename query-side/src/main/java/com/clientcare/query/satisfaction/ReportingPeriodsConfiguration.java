package com.clientcare.query.satisfaction;

import com.clientcare.query.infra.ReportingConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reporting periods of every report (complaints, service levels, satisfaction) in the configured zone. */
@Configuration
public class ReportingPeriodsConfiguration {

    @Bean
    public ReportingPeriods reportingPeriods(ReportingConfiguration reporting) {
        return new ReportingPeriods(reporting.zone());
    }

    @Bean
    public SatisfactionTrends satisfactionTrends(ReportingPeriods periods) {
        return new SatisfactionTrends(periods);
    }
}
