package com.clientcare.query.console;

import com.clientcare.query.infra.Paged;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A console list's page, in the API's terms ({@code page} from 0, {@code size} 1 to 1,000); out-of-range values
 * a person typed into the address are brought into range rather than refused. The links to the pages either side
 * keep the request's filters.
 */
public record ConsolePaging(int page, int size, long total) {

    static ConsolePaging of(int page, int size) {
        return new ConsolePaging(Math.max(0, page), Math.min(Paged.MAX_SIZE, Math.max(1, size)), 0);
    }

    ConsolePaging of(long totalItems) {
        return new ConsolePaging(page, size, totalItems);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastItem() {
        return Math.min(total, (long) (page + 1) * size);
    }

    /** Only while rendering a request: the same address on the page before. */
    public String previousUrl() {
        return withPage(page - 1);
    }

    public String nextUrl() {
        return withPage(page + 1);
    }

    private static String withPage(int target) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", target).build()
                .toUriString();
    }
}
