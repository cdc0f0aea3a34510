package dev.lodestar.platform.live;

import org.springframework.context.ApplicationContext;

/** Drops every open event stream of an instance, as a flaky network or a restarted proxy would. */
public final class LiveStreams {

	private LiveStreams() {
	}

	public static void dropAll(ApplicationContext instance) {
		instance.getBean(LiveSubscribers.class).endAll();
	}
}
