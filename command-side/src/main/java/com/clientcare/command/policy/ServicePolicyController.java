package com.clientcare.command.policy;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.StatedBusinessTime;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/** S6 over HTTP: read the policy; adopt a new version and record reviews (ADMIN). */
@RestController
@RequestMapping("/api/service-policy")
public class ServicePolicyController {

    private final ServicePolicies policies;
    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime businessTime;
    private final Clock clock;

    public ServicePolicyController(ServicePolicies policies, CommandDispatcher dispatcher,
                                   StatedBusinessTime businessTime, Clock clock) {
        this.policies = policies;
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
        this.clock = clock;
    }

    @GetMapping
    public PolicyOverview policy() {
        Instant now = clock.instant();
        PolicyVersion current = policies.inForceAt(now);
        // only a recorded review counts: adopting a version is a change, not the annual review
        Instant lastReviewed = policies.lastReviewedAt();
        return new PolicyOverview(current, policies.versions(), lastReviewed, reviewStatus(lastReviewed, now,
                ZoneId.of(current.terms().zone())));
    }

    @PostMapping("/versions")
    public ResponseEntity<PolicyOverview> adopt(@Valid @RequestBody AdoptServicePolicyVersionRequest body) {
        dispatcher.dispatch(body.toCommand(businessTime.orNow(null)));
        return ResponseEntity.status(201).body(policy());
    }

    @PostMapping("/reviews")
    public ResponseEntity<PolicyOverview> review(@Valid @RequestBody ReviewServicePolicyRequest body) {
        dispatcher.dispatch(body.toCommand(businessTime.orNow(null)));
        return ResponseEntity.ok(policy());
    }

    static PolicyOverview.ReviewStatus reviewStatus(Instant lastReviewed, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant startOfYear = LocalDate.of(today.getYear(), 1, 1).atStartOfDay(zone).toInstant();
        if (lastReviewed != null && !lastReviewed.isBefore(startOfYear)) {
            return PolicyOverview.ReviewStatus.CURRENT;
        }
        return today.getMonth() == Month.JANUARY ? PolicyOverview.ReviewStatus.DUE : PolicyOverview.ReviewStatus.OVERDUE;
    }
}
