package dev.lodestar.notifications;

/** How a notification reaches its recipient. */
public enum Channel {
	EMAIL, CHAT
}
