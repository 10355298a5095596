"""USB sync between stations and the district office (no Qt here).

* :mod:`~station_app.sync.package` - the package format: resources and their Table
  Schemas, CSV cells, manifest, signed statement;
* :mod:`~station_app.sync.safezip` - reading an untrusted zip without extracting it;
* :mod:`~station_app.sync.keys` - the Ed25519 keys (the private key never leaves its PC);
* :mod:`~station_app.sync.export` - the station writes a package to a stick;
* :mod:`~station_app.sync.verify` - checking a package (signature, hashes, schema, cells);
* :mod:`~station_app.sync.importer` - the district merges packages into its database;
* :mod:`~station_app.sync.receipts` - the district's signed receipt and its application;
* :mod:`~station_app.sync.state` - the sync tables: registry, exports, conflicts;
* :mod:`~station_app.sync.commands` - the ``station-app`` subcommands.

The format, the privacy rules and the trust model are described in ``docs/sync.md``.
"""
