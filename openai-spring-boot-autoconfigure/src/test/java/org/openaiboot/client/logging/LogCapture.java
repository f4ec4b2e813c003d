package org.openaiboot.client.logging;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.openaiboot.client.LoggingSettings;
import org.slf4j.LoggerFactory;

/**
 * Collects what is logged to the {@value LoggingSettings#LOGGER} logger at a level, and
 * puts the logger back as it was when closed.
 */
final class LogCapture implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingSettings.LOGGER);

	private final Level previousLevel = this.logger.getLevel();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	LogCapture(Level level) {
		this.appender.start();
		this.logger.addAppender(this.appender);
		this.logger.setLevel(level);
	}

	List<String> lines() {
		return this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	List<String> lines(Level level) {
		return this.appender.list.stream()
			.filter((event) -> event.getLevel() == level)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.previousLevel);
		this.appender.stop();
	}

}
