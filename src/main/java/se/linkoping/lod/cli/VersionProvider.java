package se.linkoping.lod.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (unknown when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"lod " + (version == null ? "(development build)" : version)};
    }
}
