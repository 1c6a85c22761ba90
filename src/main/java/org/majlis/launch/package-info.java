/**
 * The jar's entry point: checks that the Java running it is new enough before any class compiled for Java 21 is
 * loaded, and otherwise says which Java it found and where newer ones are. Compiled for Java 17 on purpose.
 */
package org.majlis.launch;
