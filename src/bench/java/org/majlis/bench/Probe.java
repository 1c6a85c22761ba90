package org.majlis.bench;

/** One way of asking one question: asks it once (every page of it) and answers how many items came back. */
@FunctionalInterface
interface Probe {

	int ask() throws Exception;
}
