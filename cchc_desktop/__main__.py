from cchc_desktop.cli import main

raise SystemExit(main())
