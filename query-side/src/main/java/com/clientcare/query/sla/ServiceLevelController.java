package com.clientcare.query.sla;

import com.clientcare.query.infra.Paged;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.FindBreachesQuery;
import com.clientcare.shared.sla.FindClocksQuery;
import com.clientcare.shared.sla.FindComplianceRatesQuery;
import com.clientcare.shared.sla.ServiceLevelRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Service levels for analysts (API.md): clocks with their status now, breaches, compliance rates. Clocks and
 * breaches are paged: {@code page} from 0, {@code size} 1 to 1,000 (default 100), the total in X-Total-Count.
 */
@RestController
@RequestMapping("/api/sla")
public class ServiceLevelController {

    private final QueryGateway queries;
    private final Clock clock;

    public ServiceLevelController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/clocks")
    public ResponseEntity<List<ClockView>> clocks(
            @RequestParam(required = false) ClockStatus status,
            @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String complaintId,
            @RequestParam(required = false) ServiceLevelRule rule,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return paged(new FindClocksQuery(clock.instant(), status, clientId, complaintId, rule, page, size));
    }

    @GetMapping("/breaches")
    public ResponseEntity<List<ClockView>> breaches(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) ServiceLevelRule rule,
            @RequestParam(required = false) Tier tier,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return paged(new FindBreachesQuery(from, to, rule, tier, page, size));
    }

    /** Read from the per-month aggregate the projection keeps. */
    @GetMapping("/compliance")
    public List<ComplianceRate> compliance() {
        return queries.query(new FindComplianceRatesQuery(), ResponseTypes.multipleInstancesOf(ComplianceRate.class))
                .join();
    }

    private ResponseEntity<List<ClockView>> paged(Object query) {
        ServiceLevelProjection.ClockPage found =
                queries.query(query, ResponseTypes.instanceOf(ServiceLevelProjection.ClockPage.class)).join();
        return Paged.ok(found.clocks(), found.total());
    }
}
