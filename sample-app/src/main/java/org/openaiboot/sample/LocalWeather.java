package org.openaiboot.sample;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import org.springframework.stereotype.Component;

/**
 * The sample's weather "service": a local Java function that the model calls as the
 * {@code get_weather} tool. It makes up a three-day forecast from the city's name, the
 * same for the same city, so that the sample needs no weather service.
 */
@Component
class LocalWeather {

	private static final String[] SKIES = { "sunny", "partly cloudy", "cloudy", "light rain", "showers", "windy" };

	Forecast forecast(WeatherQuery query) {
		String city = query.city().strip();
		int seed = Math.abs(city.toLowerCase(Locale.ROOT).hashCode());
		List<DayForecast> days = new ArrayList<>();
		for (int day = 0; day < 3; day++) {
			int low = 2 + (seed / (day + 1)) % 14;
			int high = low + 4 + (seed >> day) % 7;
			days.add(new DayForecast(dayName(day), SKIES[(seed >> (2 * day)) % SKIES.length], low, high));
		}
		return new Forecast(city, days);
	}

	private static String dayName(int day) {
		return switch (day) {
			case 0 -> "Today";
			case 1 -> "Tomorrow";
			default -> LocalDate.now().plusDays(day).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		};
	}

	/** The arguments of {@code get_weather}. */
	record WeatherQuery(@JsonPropertyDescription("The city, such as Paris") String city) {
	}

	/** The tool's result, and the shape of the model's structured answer. */
	record Forecast(String city, List<DayForecast> days) {
	}

	/** One day of a forecast. */
	record DayForecast(@JsonPropertyDescription("Today, Tomorrow or a weekday") String day, String sky,
			@JsonPropertyDescription("Lowest temperature in degrees Celsius") int lowCelsius,
			@JsonPropertyDescription("Highest temperature in degrees Celsius") int highCelsius) {
	}

}
