package se.linkoping.lod.catalog;

import java.util.OptionalLong;

/**
 * A dump as the catalogue and VoID list it: its dataset and format, and its size once it is written.
 *
 * @param dataset the dataset it holds
 * @param format  its format
 * @param bytes   its size, empty while the dumps of the current data are being written
 */
public record DumpDistribution(PublishedDataset dataset, DumpFormat format, OptionalLong bytes) {

    /** The file's name, which is also the last segment of its download address. */
    public String fileName() {
        return format.fileName(dataset.dumpStem());
    }
}
