package org.majlis.cli;

/** A command that shows progress differently on a terminal (a redrawn bar) and elsewhere (periodic lines). */
public interface TerminalAware {

	void terminal(boolean terminal);
}
