package com.clientcare.query.complaint;

import com.clientcare.query.infra.CsvTable;
import com.clientcare.query.infra.NotFound;
import com.clientcare.query.infra.Paged;
import com.clientcare.query.version.Versions;
import com.clientcare.shared.complaint.FindComplaintQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The complaints log and a complaint's full detail (API.md). The log, as JSON or CSV, is paged: {@code page} from
 * 0, {@code size} 1 to 1,000 (default 100), the total before paging in X-Total-Count.
 */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintQueryController {

    private final QueryGateway queries;

    public ComplaintQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    public ResponseEntity<List<ComplaintView>> log(
            ComplaintLogFilter filter,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        ComplaintsProjection.LogPage found = page(filter, page, size);
        return Paged.ok(found.complaints(), found.total());
    }

    /** The same log as CSV, one line per complaint. */
    @GetMapping(value = "/export.csv", produces = "text/csv")
    public ResponseEntity<String> csv(
            ComplaintLogFilter filter,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        ComplaintsProjection.LogPage found = page(filter, page, size);
        List<ComplaintLogRow> rows = found.complaints().stream().map(ComplaintLogRow::of).toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaints.csv\"")
                .header(Paged.TOTAL_COUNT, String.valueOf(found.total()))
                .body(CsvTable.of(ComplaintLogRow.class, rows));
    }

    /** With the complaint's version as the ETag, for an If-Match on its next command. */
    @GetMapping("/{id}")
    public ResponseEntity<ComplaintView> complaint(@PathVariable String id) {
        ComplaintView complaint = queries.query(new FindComplaintQuery(id),
                        ResponseTypes.optionalInstanceOf(ComplaintView.class))
                .join()
                .orElseThrow(() -> new NotFound("complaint", id));
        return Versions.tagged(queries, id, complaint);
    }

    private ComplaintsProjection.LogPage page(ComplaintLogFilter filter, int page, int size) {
        return queries.query(filter.query(page, size), ResponseTypes.instanceOf(ComplaintsProjection.LogPage.class))
                .join();
    }
}
