package com.clientcare.query.sla;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Service levels for analysts (API.md): clocks with their status now, breaches, compliance rates. */
@RestController
@RequestMapping("/api/sla")
public class ServiceLevelController {

    private final ServiceLevelProjection projection;
    private final Clock clock;
    private final ZoneId zone;

    public ServiceLevelController(ServiceLevelProjection projection, Clock clock,
                                  @Value("${clientcare.reporting.zone:Europe/London}") ZoneId zone) {
        this.projection = projection;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/clocks")
    public List<ClockView> clocks(@RequestParam(required = false) ClockStatus status,
                                  @RequestParam(required = false) String clientId,
                                  @RequestParam(required = false) String complaintId,
                                  @RequestParam(required = false) ServiceLevelRule rule) {
        return projection.clocks(clock.instant(), status, clientId, complaintId, rule);
    }

    @GetMapping("/breaches")
    public List<ClockView> breaches(@RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(required = false) ServiceLevelRule rule,
                                    @RequestParam(required = false) Tier tier) {
        return projection.breaches(from, to, rule, tier);
    }

    @GetMapping("/compliance")
    public List<ComplianceRate> compliance() {
        return projection.compliance(zone);
    }
}
