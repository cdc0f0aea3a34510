package dev.lodestar.platform.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances on one PostgreSQL: a signal is a {@code NOTIFY} on one channel, raised in the writer's own
 * transaction — PostgreSQL sends it when that commits and drops it when it rolls back — and every instance, this one
 * included, hears it on a connection of its own that only {@code LISTEN}s and writes it to its streams. The
 * listening connection is outside the pool, so it never takes a connection from requests; when it breaks it is
 * opened again a second later.
 */
class PostgresRelay implements LiveRelay, InitializingBean, DisposableBean {

	static final String CHANNEL = "lodestar_live";

	private static final Logger log = LoggerFactory.getLogger(PostgresRelay.class);

	private static final Duration POLL = Duration.ofMillis(250);

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	private final LiveSubscribers subscribers;

	private final String url;

	private final String username;

	private final String password;

	private volatile boolean running;

	private volatile Thread listener;

	PostgresRelay(JdbcTemplate jdbc, LiveSubscribers subscribers, String url, String username, String password) {
		this.jdbc = jdbc;
		this.subscribers = subscribers;
		this.url = url;
		this.username = username;
		this.password = password;
	}

	@Override
	public void publish(String topic, String eventName) {
		jdbc.query("select pg_notify(?, ?)", resultSet -> null, CHANNEL, topic + '\n' + eventName);
	}

	@Override
	public void afterPropertiesSet() {
		running = true;
		listener = new Thread(this::listen, "lodestar-live-listener");
		listener.setDaemon(true);
		listener.start();
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		Thread thread = listener;
		if (thread != null) {
			thread.interrupt();
			thread.join(RETRY.toMillis());
		}
	}

	private void listen() {
		while (running) {
			try (Connection connection = DriverManager.getConnection(url, username, password)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException broken) {
				if (running) {
					log.warn("Live updates stopped hearing PostgreSQL; listening again in {}", RETRY, broken);
					pause();
				}
			}
		}
	}

	private void deliver(String payload) {
		int split = payload.indexOf('\n');
		if (split > 0) {
			subscribers.deliver(payload.substring(0, split), payload.substring(split + 1));
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}
}
