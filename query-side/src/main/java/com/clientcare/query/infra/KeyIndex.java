package com.clientcare.query.infra;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

/**
 * Ordered lists of read-model ids kept in exact-key documents (collection {@code <name>_keys}), so a page, a
 * filter and a total cost what they return and not what the collection holds: the embedded store answers only
 * exact {@code _id} reads in constant time, while ranges, sorts and secondary fields scan (STACK.md). A list
 * ({@code all}, {@code tier:GOLD}, {@code client:<id>}) is split into buckets by the UTC day or month of its sort
 * time; a bucket document ({@code <list>|<bucket>}) holds the entries, and one directory document per list
 * ({@code _id} = the list) counts each bucket's entries. A page reads the directory, then only the buckets it
 * falls in; a total is the sum of the counts. The same reads are plain {@code _id} lookups on a real MongoDB.
 * <p>
 * Every write is idempotent and leaves a consistent count even when a batch is handled again after a failure:
 * an entry is pushed only if absent (one atomic update of its bucket, which counts it), and the directory is then
 * set to the count the bucket holds.
 */
public final class KeyIndex {

    /** How a list's sort time picks its bucket: by UTC day for long lists, by month for a client's own. */
    public enum Bucketing {
        DAY, MONTH;

        String label(Instant at) {
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            return this == DAY ? day.toString() : day.toString().substring(0, 7);
        }
    }

    /**
     * Where one read-model id stands in one list: in which bucket, at what sort time, with the tags a query may
     * filter on. A list paged by time has buckets labelled by {@link Bucketing}; a list of counts (an aggregate
     * per period) may name its buckets itself, e.g. by category.
     */
    public record Placement(String list, String bucket, Instant at, String id, List<String> tags) {

        public Placement {
            tags = tags.stream().map(tag -> Objects.toString(tag, "")).toList();
        }

        public Placement(String list, Bucketing bucketing, Instant at, String id, List<String> tags) {
            this(list, bucketing.label(at), at, id, tags);
        }

        String key() {
            return list + "|" + bucket;
        }

        boolean samePlaceAs(Placement other) {
            return key().equals(other.key()) && at.equals(other.at) && id.equals(other.id);
        }

        String entry() {
            return String.join(SEPARATOR, sortKey(at), id, String.join(SEPARATOR, tags));
        }
    }

    /** One listed id with its sort time and tags, as read back. */
    public record Entry(Instant at, String id, List<String> tags) {

        public String tag(int index) {
            String tag = tags.get(index);
            return tag.isEmpty() ? null : tag;
        }

        static Entry parse(String entry) {
            String[] parts = entry.split(SEPARATOR, -1);
            String key = parts[0];
            Instant at = Instant.ofEpochSecond(Long.parseLong(key.substring(0, 12)) - EPOCH_OFFSET,
                    Long.parseLong(key.substring(12)));
            return new Entry(at, parts[1], List.of(parts).subList(2, parts.length));
        }
    }

    /**
     * Which entries of a list a page is taken from: sort time in [from, to) (either may be null), tags matching
     * {@code tags} (null: all), oldest or newest first.
     */
    public record Selection(Instant from, Instant to, Predicate<Entry> tags, boolean descending) {

        public static Selection oldestFirst() {
            return new Selection(null, null, null, false);
        }

        public static Selection newestFirst() {
            return new Selection(null, null, null, true);
        }

        public Selection between(Instant from, Instant to) {
            return new Selection(from, to, tags, descending);
        }

        public Selection where(Predicate<Entry> condition) {
            return new Selection(from, to, tags == null ? condition : tags.and(condition), descending);
        }

        boolean covers(Entry entry) {
            return (from == null || !entry.at().isBefore(from)) && (to == null || entry.at().isBefore(to))
                    && (tags == null || tags.test(entry));
        }
    }

    /** The ids of one page, in order, and how many entries the selection holds in all. */
    public record Slice(List<Entry> entries, long total) {

        public List<String> ids() {
            return entries.stream().map(Entry::id).toList();
        }
    }

    private static final String ID = "_id";
    private static final String ENTRIES = "e";
    /**
     * A bucket keeps its entries in key order, whatever order they were written in: segments of one processor write
     * them in their own order, and a replay compares the live bucket with its own document by document.
     */
    private static final PushOptions IN_KEY_ORDER = new PushOptions().sort(1);
    private static final String COUNT = "n";
    /** A bucket's version: a new value at every write, so a live batch writes a bucket only over what it read. */
    private static final String VERSION = "v";
    private static final String BUCKETS = "b";
    private static final String SEPARATOR = "\u001f";
    private static final int DUPLICATE_KEY = 11000;
    private static final int KEYS_PER_READ = 500;
    // sort keys are fixed-width digits, so text order is time order (back to the year -1200)
    private static final long EPOCH_OFFSET = 100_000_000_000L;

    private final MongoCollection<Document> keys;

    public KeyIndex(MongoDatabase database, String name) {
        this.keys = database.getCollection(name + "_keys");
    }

    /**
     * Drops the lists' collection (it has no index but its {@code _id}): a reset at once, where deleting its documents
     * took the store a while at volume (1,387,040 key lists of {@code correlations} at 972,682 events, #16), while the
     * reset waited on it.
     */
    public void clear() {
        ReadModelBatch.flushCurrent();
        keys.drop();
    }

    /**
     * A document of a {@code _keys} collection as a replay compares it: without the version only live writes keep
     * (a value drawn at each write, never the same in two read models), and a list's directory that counts no
     * bucket as absent (null): an entry added and removed again within one batch leaves no directory behind live,
     * while a rebuild keeps an empty one; both mean an empty list.
     */
    public static Document comparable(String collection, Document document) {
        if (document == null || !collection.endsWith("_keys")) {
            return document;
        }
        if (!document.containsKey(ENTRIES) && document.get(BUCKETS, new Document()).isEmpty()) {
            return null;
        }
        if (!document.containsKey(VERSION)) {
            return document;
        }
        Document copy = new Document(document);
        copy.remove(VERSION);
        return copy;
    }

    static String sortKey(Instant at) {
        return ZeroPadded.of(at.getEpochSecond() + EPOCH_OFFSET, 12) + ZeroPadded.of(at.getNano(), 9);
    }

    /**
     * Moves an id from where it stood to where it stands now; only the placements that changed are written, and a
     * reader never finds the id missing from a list it stays in: an entry whose tags alone changed (a clock's status)
     * is rewritten in place in one atomic update, and an entry that moves is added to its new place before it leaves
     * the old one.
     */
    public void replace(Collection<Placement> before, Collection<Placement> after) {
        Set<Placement> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        Set<Placement> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        for (Iterator<Placement> moving = added.iterator(); moving.hasNext(); ) {
            Placement now = moving.next();
            Optional<Placement> then = removed.stream().filter(now::samePlaceAs).findFirst();
            if (then.isPresent() && retag(then.get(), now)) {
                removed.remove(then.get());
                moving.remove();
            }
        }
        added.forEach(this::add);
        removed.forEach(this::remove);
    }

    /** Rewrites an entry whose tags alone changed; false if the old entry is not there to rewrite. */
    private boolean retag(Placement then, Placement now) {
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            inBatch(batch.get(), now, entries -> {
                entries.remove(then.entry());
                if (!entries.contains(now.entry())) {
                    entries.add(now.entry());
                    entries.sort(null);
                }
            });
            return true;
        }
        // the sort key and id lead the entry and stay, so the rewritten entry keeps its place in the bucket's order
        return keys.updateOne(and(eq(ID, then.key()), eq(ENTRIES, then.entry())),
                Updates.combine(Updates.set(ENTRIES + ".$", now.entry()), Updates.set(VERSION, new ObjectId())))
                .getModifiedCount() == 1;
    }

    public void add(Placement placement) {
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            inBatch(batch.get(), placement, entries -> {
                if (!entries.contains(placement.entry())) {
                    entries.add(placement.entry());
                    entries.sort(null);
                }
            });
            return;
        }
        Document bucket;
        try {
            bucket = keys.findOneAndUpdate(and(eq(ID, placement.key()), ne(ENTRIES, placement.entry())),
                    Updates.combine(Updates.pushEach(ENTRIES, List.of(placement.entry()), IN_KEY_ORDER),
                            Updates.inc(COUNT, 1), Updates.set(VERSION, new ObjectId())),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)
                            .projection(Projections.include(COUNT)));
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != DUPLICATE_KEY) {
                throw e;
            }
            bucket = null; // listed already: the bucket exists and holds the entry
        }
        settleCount(placement, bucket);
    }

    public void remove(Placement placement) {
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            inBatch(batch.get(), placement, entries -> entries.remove(placement.entry()));
            return;
        }
        Document bucket = keys.findOneAndUpdate(and(eq(ID, placement.key()), eq(ENTRIES, placement.entry())),
                Updates.combine(Updates.pull(ENTRIES, placement.entry()), Updates.inc(COUNT, -1),
                        Updates.set(VERSION, new ObjectId())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include(COUNT)));
        settleCount(placement, bucket);
    }

    /** A change to one bucket made in a batch: on the documents it holds, or deferred to its flush when shared. */
    private void inBatch(ReadModelBatch batch, Placement placement, Consumer<List<String>> change) {
        if (batch.shared()) {
            batch.deferred(this, SharedChanges::new).add(placement, change);
        } else {
            held(batch, placement, change);
        }
    }

    /** The same change as {@link #add} or {@link #remove} makes, on the documents a batch holds (same shapes). */
    private void held(ReadModelBatch batch, Placement placement, Consumer<List<String>> change) {
        Document stored = batch.read(keys, placement.key(), () -> keys.find(eq(ID, placement.key())).first());
        List<String> entries = new ArrayList<>(stored == null ? List.of() : stored.getList(ENTRIES, String.class));
        change.accept(entries);
        if (entries.isEmpty()) {
            batch.delete(keys, placement.key());
        } else {
            batch.write(keys, placement.key(), new Document(ID, placement.key()).append(ENTRIES, entries)
                    .append(COUNT, entries.size()));
        }
        Document directory = batch.read(keys, placement.list(), () -> keys.find(eq(ID, placement.list())).first());
        Document counts = new Document(directory == null || directory.get(BUCKETS) == null ? new Document()
                : directory.get(BUCKETS, Document.class));
        if (entries.isEmpty()) {
            counts.remove(fieldName(placement.bucket()));
        } else {
            counts.put(fieldName(placement.bucket()), entries.size());
        }
        if (directory != null || !counts.isEmpty()) {
            batch.write(keys, placement.list(), new Document(ID, placement.list()).append(BUCKETS, counts));
        }
    }

    /**
     * The changes a live batch made to this index's buckets, applied at its flush to what the store holds then:
     * the buckets changed are read in one query, changed, and written back in one unordered bulk write, each only if
     * no other segment wrote it meanwhile (its {@code v} is still the one read); a read of their versions finds the
     * writes that lost (another version there), which are read again whole and applied again, until none is left. Then the
     * directories take the counts, checked once more ({@link #settleCounts}). A batch's buckets cost a few round trips
     * whatever number of them it changed: one per bucket was most of a live catch-up's writes at 1,000,000 events
     * (#16), where a correlation's or an aggregate's list has a bucket of its own.
     */
    private final class SharedChanges implements ReadModelBatch.Deferred {

        private final Map<String, Placement> buckets = new LinkedHashMap<>();
        private final Map<String, List<Consumer<List<String>>>> changes = new LinkedHashMap<>();

        void add(Placement placement, Consumer<List<String>> change) {
            buckets.putIfAbsent(placement.key(), placement);
            changes.computeIfAbsent(placement.key(), key -> new ArrayList<>()).add(change);
        }

        @Override
        public void flush() {
            Map<Placement, Integer> written = new LinkedHashMap<>();
            Map<String, Document> stored = read(changes.keySet(), null);
            Set<String> unwritten = new LinkedHashSet<>(changes.keySet());
            while (!unwritten.isEmpty()) {
                Map<String, BucketWrite> writes = new LinkedHashMap<>();
                for (String key : unwritten) {
                    Document bucket = stored.get(key);
                    List<String> before = bucket == null ? List.of() : bucket.getList(ENTRIES, String.class);
                    List<String> entries = new ArrayList<>(before);
                    changes.get(key).forEach(change -> change.accept(entries));
                    if (entries.equals(before)) {
                        // a batch handled again may find its changes there already: its directory count may not be
                        written.put(buckets.get(key), entries.size());
                    } else {
                        writes.put(key, new BucketWrite(key, bucket, entries));
                    }
                }
                unwritten.clear();
                if (writes.isEmpty()) {
                    break;
                }
                bulkWrite(writes.values().stream().map(BucketWrite::model).toList());
                // versions only: a bucket's entries (hundreds of KB for a day of clocks) are read again only if lost
                Map<String, Document> versions = read(writes.keySet(), Projections.include(VERSION));
                for (BucketWrite write : writes.values()) {
                    if (write.took(versions.get(write.key()))) {
                        written.put(buckets.get(write.key()), write.entries().size());
                    } else {
                        unwritten.add(write.key());
                    }
                }
                if (!unwritten.isEmpty()) {
                    stored = read(unwritten, null);
                }
            }
            settleCounts(written);
        }
    }

    /**
     * One bucket written by compare-and-set: inserted if it was absent, else changed or deleted only where its version
     * is still the one read; a version of its own marks the write, so a later read tells whether it took.
     */
    private record BucketWrite(String key, Document read, List<String> entries, ObjectId version) {

        BucketWrite(String key, Document read, List<String> entries) {
            this(key, read, entries, new ObjectId());
        }

        WriteModel<Document> model() {
            if (read == null) {
                return new InsertOneModel<>(new Document(ID, key).append(ENTRIES, entries)
                        .append(COUNT, entries.size()).append(VERSION, version));
            }
            Bson unchanged = and(eq(ID, key), eq(VERSION, read.get(VERSION)));
            if (entries.isEmpty()) {
                return new DeleteOneModel<>(unchanged);
            }
            return new UpdateOneModel<>(unchanged, Updates.combine(Updates.set(ENTRIES, entries),
                    Updates.set(COUNT, entries.size()), Updates.set(VERSION, version)));
        }

        /**
         * Whether the write took, from the bucket as read after it: it holds this write's version, or, for a
         * deletion, is gone (only an emptied bucket is deleted, so a bucket gone holds none of the entries removed).
         */
        boolean took(Document now) {
            return entries.isEmpty() ? now == null : now != null && version.equals(now.get(VERSION));
        }
    }

    /**
     * Writes in one unordered round trip; false if any write met a duplicate key (a bucket or directory another
     * segment inserted first), which the caller reads or writes again.
     */
    private boolean bulkWrite(List<WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return true;
        }
        try {
            keys.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return true;
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null
                    || e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Copies each bucket's count into its list's directory (one bulk write for all lists; a bucket emptied leaves it
     * and its document goes), then reads the buckets again and copies once more what moved: segments of one
     * processor (several threads or instances) may write one bucket at once, and a writer that copied an older count
     * must not have the last word. The last copy is always followed by a read that agrees.
     */
    private void settleCounts(Map<Placement, Integer> counts) {
        Map<Placement, Integer> unsettled = new LinkedHashMap<>(counts);
        while (!unsettled.isEmpty()) {
            Map<String, List<Bson>> byList = new LinkedHashMap<>();
            Map<String, Boolean> adds = new HashMap<>();
            List<WriteModel<Document>> writes = new ArrayList<>();
            unsettled.forEach((placement, count) -> {
                String field = BUCKETS + "." + fieldName(placement.bucket());
                byList.computeIfAbsent(placement.list(), list -> new ArrayList<>())
                        .add(count > 0 ? Updates.set(field, count) : Updates.unset(field));
                adds.merge(placement.list(), count > 0, Boolean::logicalOr);
                if (count == 0) {
                    writes.add(new DeleteOneModel<>(and(eq(ID, placement.key()), eq(COUNT, 0))));
                }
            });
            byList.forEach((list, updates) -> writes.add(new UpdateOneModel<>(eq(ID, list), Updates.combine(updates),
                    new UpdateOptions().upsert(adds.get(list)))));
            // a directory upserted by two segments at once: the second's write, an update now, is sent again
            while (!bulkWrite(writes)) {
                Thread.onSpinWait();
            }
            Map<String, Document> now = read(unsettled.keySet().stream().map(Placement::key).toList(),
                    Projections.include(COUNT));
            unsettled.entrySet().removeIf(bucket -> countOf(now.get(bucket.getKey().key())) == bucket.getValue());
            unsettled.replaceAll((placement, count) -> countOf(now.get(placement.key())));
        }
    }

    /** {@link #settleCounts} for the one bucket a write went to ({@code updated}: its count after, or null). */
    private void settleCount(Placement placement, Document updated) {
        Document bucket = updated != null ? updated
                : read(List.of(placement.key()), Projections.include(COUNT)).get(placement.key());
        settleCounts(Map.of(placement, countOf(bucket)));
    }

    /** The bucket documents of these keys (exact keys), by key; {@code fields} null for whole documents. */
    private Map<String, Document> read(Collection<String> bucketKeys, Bson fields) {
        Map<String, Document> documents = new HashMap<>();
        keys.find(in(ID, List.copyOf(bucketKeys))).projection(fields)
                .forEach(document -> documents.put(document.getString(ID), document));
        return documents;
    }

    private static int countOf(Document bucket) {
        return bucket == null ? 0 : bucket.getInteger(COUNT, 0);
    }

    /** How many entries each bucket of a list holds, by bucket label in order. */
    public NavigableMap<String, Integer> counts(String list) {
        return countsOf(List.of(list)).get(list);
    }

    /** The counts of several lists in one read of their directories (exact keys). */
    public Map<String, NavigableMap<String, Integer>> countsOf(Collection<String> lists) {
        ReadModelBatch.flushCurrent();
        Map<String, NavigableMap<String, Integer>> counts = new HashMap<>();
        lists.forEach(list -> counts.put(list, new TreeMap<>()));
        keys.find(in(ID, List.copyOf(lists))).forEach(directory -> {
            Document buckets = directory.get(BUCKETS, Document.class);
            if (buckets != null) {
                NavigableMap<String, Integer> ofList = counts.get(directory.getString(ID));
                buckets.forEach((field, count) -> ofList.put(label(field), (Integer) count));
            }
        });
        return counts;
    }

    // a bucket label is free text (a campaign's name, say); a field name may hold neither '.' nor a leading '$'
    private static String fieldName(String label) {
        return label.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static String label(String fieldName) {
        return fieldName.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    /**
     * One page of a list: entries {@code offset} to {@code offset + limit} of the selection, in its order. Reads
     * the directory and the buckets the page falls in; a selection that filters by tags reads every bucket of its
     * time range, which stays within one client's, one status's or one period's entries.
     */
    public Slice page(String list, Bucketing bucketing, Selection selection, long offset, int limit) {
        NavigableMap<String, Integer> counts = counts(list);
        if (selection.from() != null) {
            counts = counts.tailMap(bucketing.label(selection.from()), true);
        }
        if (selection.to() != null) {
            counts = counts.headMap(bucketing.label(selection.to().minusNanos(1)), true);
        }
        NavigableMap<String, Integer> ordered = selection.descending() ? counts.descendingMap() : counts;
        Map<String, List<Entry>> read = new HashMap<>();
        List<String> partial = new ArrayList<>();
        if (selection.tags() != null) {
            partial.addAll(ordered.keySet());
        } else if (!ordered.isEmpty()) {
            // only the first and last buckets of a time range may hold entries outside it
            if (selection.from() != null || selection.to() != null) {
                partial.add(ordered.firstKey());
                partial.add(ordered.lastKey());
            }
        }
        read.putAll(buckets(list, partial, selection));
        long total = 0;
        List<Entry> page = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (Map.Entry<String, Integer> bucket : ordered.entrySet()) {
            List<Entry> known = read.get(bucket.getKey());
            int size = known != null ? known.size() : bucket.getValue();
            if (total + size > offset && total < offset + limit) {
                wanted.add(bucket.getKey());
            }
            total += size;
        }
        wanted.removeIf(read::containsKey);
        read.putAll(buckets(list, wanted, selection));
        long position = 0;
        for (String label : ordered.keySet()) {
            List<Entry> entries = read.get(label);
            int size = entries != null ? entries.size() : ordered.get(label);
            if (entries != null && position + size > offset && position < offset + limit) {
                for (int i = (int) Math.max(0, offset - position); i < size && page.size() < limit; i++) {
                    page.add(entries.get(i));
                }
            }
            position += size;
        }
        return new Slice(page, total);
    }

    /** Every entry of a list (a client's own lists: bounded by one client's activity), oldest first. */
    public List<Entry> all(String list, Bucketing bucketing) {
        return page(list, bucketing, Selection.oldestFirst(), 0, Integer.MAX_VALUE).entries();
    }

    /** Every entry of the named buckets of a list, oldest first. */
    public List<Entry> entries(String list, Collection<String> buckets) {
        return buckets(list, List.copyOf(buckets), Selection.oldestFirst()).values().stream()
                .flatMap(List::stream).sorted(Comparator.comparing(Entry::at).thenComparing(Entry::id)).toList();
    }

    /** The ids of every entry of a list, oldest first. */
    public List<String> ids(String list, Bucketing bucketing) {
        return all(list, bucketing).stream().map(Entry::id).toList();
    }

    private Map<String, List<Entry>> buckets(String list, List<String> labels, Selection selection) {
        ReadModelBatch.flushCurrent();
        Map<String, List<Entry>> buckets = new HashMap<>();
        List<String> distinct = labels.stream().distinct().toList();
        for (int start = 0; start < distinct.size(); start += KEYS_PER_READ) {
            List<String> chunk = distinct.subList(start, Math.min(distinct.size(), start + KEYS_PER_READ));
            keys.find(in(ID, chunk.stream().map(label -> list + "|" + label).toList())).forEach(document -> {
                String id = document.getString(ID);
                List<Entry> entries = document.getList(ENTRIES, String.class).stream()
                        .sorted(selection.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder())
                        .map(Entry::parse)
                        .filter(selection::covers)
                        .toList();
                buckets.put(id.substring(list.length() + 1), entries);
            });
            chunk.forEach(label -> buckets.putIfAbsent(label, List.of()));
        }
        return buckets;
    }
}
