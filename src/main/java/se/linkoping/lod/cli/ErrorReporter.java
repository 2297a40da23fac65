package se.linkoping.lod.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an unexpected failure into one clear line on standard error (the stack trace goes to the log). */
final class ErrorReporter implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        LOG.debug("Command failed", e);
        cmd.getErr().println("lod " + cmd.getCommandName() + ": " + e.getMessage());
        return ExitCodes.FAILURE;
    }
}
