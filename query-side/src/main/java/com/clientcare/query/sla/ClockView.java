package com.clientcare.query.sla;

import com.clientcare.query.infra.ReadModelFold;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One service-level clock (S1..S5, S7) as analysts see it. The stored status is RUNNING, MET or BREACHED (all
 * recorded facts); AT_RISK is RUNNING seen at a moment past its at-risk time. A breach retracted by a stop dated
 * in time but recorded after it leaves the clock MET with its {@code breachedAt} kept and {@code breachRetracted}.
 */
public record ClockView(
        String clockId,
        ServiceLevelRule rule,
        String subjectId,
        String clientId,
        String complaintId,
        Tier tier,
        Instant startedAt,
        Instant deadline,
        Instant atRiskFrom,
        int policyVersion,
        ClockStatus status,
        Instant stoppedAt,
        Instant breachedAt,
        boolean breachRetracted) {

    /** A clock after these events of its own, in order; empty when it had not started. */
    public static Optional<ClockView> fold(List<?> history) {
        return ReadModelFold.of(history, event -> event instanceof ClockStartedEvent started ? started(started) : null,
                ClockView::apply);
    }

    static ClockView started(ClockStartedEvent event) {
        return new ClockView(event.clockId(), event.rule(), event.subjectId(), event.clientId(), event.complaintId(),
                event.tier(), event.startedAt(), event.deadline(), event.atRiskFrom(), event.policyVersion(),
                ClockStatus.RUNNING, null, null, false);
    }

    ClockView apply(Object event) {
        if (event instanceof ClockMetEvent met) {
            return as(ClockStatus.MET, met.stoppedAt(), null);
        }
        if (breachRetracted) {
            return this;
        }
        if (event instanceof ClockBreachedEvent breached) {
            return as(ClockStatus.BREACHED, stoppedAt, breached.breachedAt());
        }
        if (event instanceof ClockStoppedLateEvent late) {
            return as(ClockStatus.BREACHED, late.stoppedAt(), breachedAt);
        }
        if (event instanceof ClockBreachRetractedEvent retracted) {
            // seen by business time before the deadline, no breach is there yet to retract: simply met
            return new ClockView(clockId, rule, subjectId, clientId, complaintId, tier, startedAt, deadline,
                    atRiskFrom, policyVersion, ClockStatus.MET, retracted.stoppedAt(), breachedAt, breachedAt != null);
        }
        return this;
    }

    ClockView as(ClockStatus newStatus, Instant stopped, Instant breached) {
        return new ClockView(clockId, rule, subjectId, clientId, complaintId, tier, startedAt, deadline, atRiskFrom,
                policyVersion, newStatus, stopped, breached, breachRetracted);
    }

    /** The status as of {@code now}: a running clock past its at-risk time is AT_RISK. */
    public ClockView seenAt(Instant now) {
        return status == ClockStatus.RUNNING && !now.isBefore(atRiskFrom) ? as(ClockStatus.AT_RISK, stoppedAt, breachedAt)
                : this;
    }
}
