// The sample's page: a streamed conversation, a tool call with a structured answer, and
// the figures of the last call. Plain browser JavaScript, no build step.
'use strict';

const byId = (id) => document.getElementById(id);

// the id of the last response, to chain the next turn to (previous_response_id)
let previousResponseId = null;

function showMode() {
	fetch('/api/page')
		.then((response) => response.json())
		.then((info) => {
			byId('mode').textContent = info.demo
				? `Offline demo (no API key set), model ${info.model}. A question with "${info.failureWord}" in it makes the demo answer 429.`
				: `Talking to OpenAI, model ${info.model}.`;
		});
}

function showError(element, failure) {
	element.replaceChildren(`Error${failure.status ? ' ' + failure.status : ''}: ${failure.message}`);
	if (failure.requestId) {
		const requestId = document.createElement('code');
		requestId.className = 'request-id';
		requestId.textContent = failure.requestId;
		element.append(document.createElement('br'), 'Request id: ', requestId);
	}
	element.hidden = false;
}

function hideError(element) {
	element.hidden = true;
	element.replaceChildren();
}

function addTurn(question) {
	const turn = document.createElement('li');
	const asked = document.createElement('p');
	asked.className = 'question';
	asked.textContent = question;
	const answer = document.createElement('p');
	answer.className = 'answer';
	turn.append(asked, answer);
	byId('turns').append(turn);
	return answer;
}

function setBusy(busy) {
	byId('turns').setAttribute('aria-busy', String(busy));
	byId('ask').disabled = busy;
}

function ask(event) {
	event.preventDefault();
	const question = byId('question').value.trim();
	if (!question) {
		return;
	}
	hideError(byId('chat-error'));
	byId('question').value = '';
	const answer = addTurn(question);
	setBusy(true);
	const params = new URLSearchParams({ question });
	if (previousResponseId) {
		params.set('previousResponseId', previousResponseId);
	}
	const events = new EventSource('/api/responses/conversation?' + params);
	const finish = () => {
		events.close();
		setBusy(false);
		showLastCall();
	};
	events.addEventListener('delta', (event) => {
		answer.textContent += JSON.parse(event.data).text;
	});
	events.addEventListener('completed', (event) => {
		previousResponseId = JSON.parse(event.data).responseId;
		finish();
	});
	events.addEventListener('failed', (event) => {
		showError(byId('chat-error'), JSON.parse(event.data));
		answer.textContent ||= '(no answer)';
		finish();
	});
	events.onerror = () => {
		showError(byId('chat-error'), { message: 'The connection to the sample was lost.' });
		finish();
	};
}

function newConversation() {
	previousResponseId = null;
	byId('turns').replaceChildren();
	hideError(byId('chat-error'));
	byId('question').focus();
}

async function forecast(event) {
	event.preventDefault();
	const table = byId('forecast-table');
	const button = byId('forecast');
	hideError(byId('forecast-error'));
	table.hidden = true;
	button.disabled = true;
	try {
		const response = await fetch('/api/forecast?' + new URLSearchParams({ city: byId('city').value }));
		const body = await response.json();
		if (!response.ok) {
			showError(byId('forecast-error'), { status: response.status, message: body.message || body.error, requestId: body.requestId });
			return;
		}
		const rows = body.forecast.days.map((day) => {
			const row = document.createElement('tr');
			for (const value of [day.day, day.sky, day.lowCelsius, day.highCelsius]) {
				row.append(Object.assign(document.createElement('td'), { textContent: value }));
			}
			return row;
		});
		table.tBodies[0].replaceChildren(...rows);
		table.caption.textContent = `Forecast for ${body.forecast.city} (${body.rounds} responses: the function call, then the answer)`;
		table.hidden = false;
	}
	catch (failure) {
		showError(byId('forecast-error'), { message: failure.message });
	}
	finally {
		button.disabled = false;
		showLastCall();
	}
}

async function showLastCall() {
	const response = await fetch('/api/page/last-call');
	if (response.status !== 200) {
		return;
	}
	const call = await response.json();
	const milliseconds = (value) => (value === null ? 'no chunk streamed' : `${value} ms`);
	const figures = {
		'metric-model': call.model || '–',
		'metric-calls': call.calls,
		'metric-outcome': call.outcome || '–',
		'metric-input-tokens': call.inputTokens,
		'metric-output-tokens': call.outputTokens,
		'metric-retries': call.retries,
		'metric-first-chunk': milliseconds(call.firstChunkMillis),
		'metric-total-time': milliseconds(call.totalMillis),
	};
	for (const [id, value] of Object.entries(figures)) {
		byId(id).textContent = String(value);
	}
}

byId('chat-form').addEventListener('submit', ask);
byId('reset').addEventListener('click', newConversation);
byId('forecast-form').addEventListener('submit', forecast);
showMode();
showLastCall();
