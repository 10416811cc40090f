from newsgraph.cli import main

raise SystemExit(main())
