"""Makes the seed pages' calls with the vendors' official Python SDKs, for the differential test
(tests/tests/sdk_differential.rs): each against the loopback recorder the test names.

Reads a JSON list of calls from standard input, each {"name", "vendor", "base_url", "args"}, makes
them in order and prints one JSON line per call: {"name", "error"} where "error" is null, or the
SDK's error when it refused or the (recorded) answer did not suit it. Retries are off, so each call
sends at most one request.
"""

import asyncio
import json
import sys


def telnyx(base_url, args):
    from telnyx import Telnyx

    client = Telnyx(api_key=args["api_key"], base_url=base_url, max_retries=0)
    client.external_connections.delete(args["id"])


def supermemory(base_url, args):
    from supermemory import Supermemory

    client = Supermemory(api_key=args["api_key"], base_url=base_url, max_retries=0)
    client.connections.delete_by_id(args["connection_id"])


def snaptrade(base_url, args):
    from snaptrade_client import SnapTrade
    from snaptrade_client.auth import SnapTradeAuth

    client = SnapTrade(
        auth=SnapTradeAuth.commercial_api_key(
            client_id=args["client_id"], consumer_key=args["consumer_key"]
        ),
        host=base_url,
    )
    client.connections.delete_connection(
        connection_id=args["connection_id"],
        user_id=args["user_id"],
        user_secret=args["user_secret"],
    )


def symphony(base_url, args):
    from symphony.bdk.gen.api_client import ApiClient
    from symphony.bdk.gen.configuration import Configuration
    from symphony.bdk.gen.pod_api.connection_api import ConnectionApi

    async def remove():
        async with ApiClient(Configuration(host=base_url)) as client:
            await ConnectionApi(client).v1_connection_user_uid_remove_post(
                session_token=args["session_token"], uid=args["uid"]
            )

    asyncio.run(remove())


def main():
    for call in json.load(sys.stdin):
        error = None
        try:
            globals()[call["vendor"]](call["base_url"], call["args"])
        except Exception as e:  # the outcome is reported, not raised
            error = f"{type(e).__name__}: {e}"
        print(json.dumps({"name": call["name"], "error": error}), flush=True)


main()
