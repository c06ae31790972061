package com.clientcare.query.sla;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The given side of the service-level read model tests: the projection on an in-memory store, and the events of a
 * clock. A clock of a complaint has the complaint as its subject, any other the interaction i-1.
 */
final class ServiceLevelHistory {

    private ServiceLevelHistory() {
    }

    /** The projection on the test database of the store, its months counted in the zone. */
    static ServiceLevelProjection projection(InMemoryMongo mongo, ZoneId zone) {
        return new ServiceLevelProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()), new ReportingPeriods(zone));
    }

    /** Started by policy version 1, at risk an hour before its deadline. */
    static ClockStartedEvent started(String clockId, ServiceLevelRule rule, String clientId, String complaintId,
                                     Tier tier, Instant startedAt, Instant deadline) {
        return new ClockStartedEvent(clockId, rule, subject(complaintId), clientId, complaintId, tier, startedAt,
                deadline, deadline.minusSeconds(3600), 1);
    }

    /** Breached at its deadline, recorded then. */
    static ClockBreachedEvent breached(String clockId, ServiceLevelRule rule, String clientId, String complaintId,
                                       Tier tier, Instant deadline) {
        return new ClockBreachedEvent(clockId, rule, subject(complaintId), clientId, complaintId, tier, deadline,
                deadline);
    }

    private static String subject(String complaintId) {
        return complaintId == null ? "i-1" : complaintId;
    }
}
