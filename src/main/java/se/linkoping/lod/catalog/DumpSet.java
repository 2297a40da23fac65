package se.linkoping.lod.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import se.linkoping.lod.store.DataVersion;

/**
 * The dump files written for one version of the data.
 *
 * @param version the data version they hold
 * @param files   every file, the whole dataset's first
 * @param written when the last of them was written
 */
public record DumpSet(DataVersion version, List<DumpFile> files, Instant written) {

    public DumpSet {
        files = List.copyOf(files);
    }

    /** The file with this name, if there is one. */
    public Optional<DumpFile> file(String fileName) {
        return files.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
    }

    /** The files of one dataset. */
    public List<DumpFile> filesOf(PublishedDataset dataset) {
        return files.stream().filter(f -> f.dataset().equals(dataset)).toList();
    }

    /** The files as the catalogue lists them, with their sizes. */
    public List<DumpDistribution> distributions() {
        return files.stream()
                .map(f -> new DumpDistribution(f.dataset(), f.format(), OptionalLong.of(f.bytes())))
                .toList();
    }
}
