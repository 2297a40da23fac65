package se.linkoping.lod.catalog;

import java.nio.file.Path;

/**
 * One written dump file.
 *
 * @param dataset the dataset it holds
 * @param format  its format
 * @param path    where it lies
 * @param bytes   its size
 */
public record DumpFile(PublishedDataset dataset, DumpFormat format, Path path, long bytes) {

    /** The file's name, which is also the last segment of its download address. */
    public String fileName() {
        return format.fileName(dataset.dumpStem());
    }
}
