/**
 * Events: meetings, conferences, general assemblies, visits and workshops, with where and when they were
 * held, who organised and attended them, and what they were about. The attendance, organiser and topic
 * facts belong to this module, including their views from {@code Person}, {@code Organization} and {@code Topic}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package org.majlis.event;
