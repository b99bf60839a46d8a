package vn.lgtq.household.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Counts every problem of a file and keeps the first ones by row (and column order) for the report. */
final class ImportErrors {
    private record Entry(ImportError error, int columnOrder) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparingInt((Entry e) -> e.error.row() == null ? 0 : e.error.row())
            .thenComparingInt(Entry::columnOrder);

    private final int limit;
    private final PriorityQueue<Entry> kept; // the largest kept entry first, to drop it when a smaller one comes
    private int count;

    ImportErrors(int limit) {
        this.limit = limit;
        this.kept = new PriorityQueue<>(ORDER.reversed());
    }

    void add(Integer row, HouseholdColumn column, String header, String message) {
        count++;
        Entry entry = new Entry(new ImportError(row, header, message), column == null ? -1 : column.ordinal());
        if (kept.size() < limit) {
            kept.add(entry);
        } else if (ORDER.compare(entry, kept.peek()) < 0) {
            kept.poll();
            kept.add(entry);
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The kept problems by row, then column order. */
    List<ImportError> listed() {
        List<Entry> entries = new ArrayList<>(kept);
        entries.sort(ORDER);
        return entries.stream().map(Entry::error).toList();
    }
}
