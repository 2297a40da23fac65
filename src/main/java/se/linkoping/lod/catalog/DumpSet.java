package se.linkoping.lod.catalog;

import java.util.List;
import java.util.Optional;

import se.linkoping.lod.store.DataVersion;

/**
 * The dump files written for one version of the data.
 *
 * @param version the data version they hold
 * @param files   every file, the whole dataset's first
 */
public record DumpSet(DataVersion version, List<DumpFile> files) {

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
}
